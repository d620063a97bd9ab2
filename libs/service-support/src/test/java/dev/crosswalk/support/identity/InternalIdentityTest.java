package dev.crosswalk.support.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

class InternalIdentityTest {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";

    @Test
    void aSignedIdentityVerifiesWithTheSameSecretOnly() {
        String token = InternalIdentity.sign(SECRET, "acme", "key:1", List.of("catalog:read"));
        InternalIdentity.Claims claims = InternalIdentity.verify(SECRET, token).orElseThrow();
        assertEquals("acme", claims.tenantId());
        assertEquals("key:1", claims.subject());
        assertEquals(List.of("catalog:read"), claims.scopes());
        assertTrue(InternalIdentity.verify("another-secret-of-thirty-two-bytes-long", token).isEmpty());
        assertTrue(InternalIdentity.verify(SECRET, token.substring(0, token.length() - 2) + "xx").isEmpty());
        assertTrue(InternalIdentity.verify(SECRET, null).isEmpty());
        assertTrue(InternalIdentity.verify(SECRET, "not.a.jwt").isEmpty());
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalStateException.class, () -> InternalIdentity.sign("short", "acme", "s", List.of()));
    }

    @Test
    void anAuditorsRestrictionTravelsSignedAndOthersCarryNone() throws Exception {
        AuditorScope scope = new AuditorScope("6f1c1d3e-8a55-4b8e-9a39-0d3f1f6f2a10", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-06-30"), List.of("iso27001:2022"));
        String token = InternalIdentity.sign(SECRET, "acme", "key:1", List.of("evidence:read"), scope);
        assertEquals(scope, InternalIdentity.verify(SECRET, token).orElseThrow().auditor());
        assertTrue(InternalIdentity.verify(SECRET, InternalIdentity.sign(SECRET, "acme", "key:1", List.of()))
                .orElseThrow().auditorScope().isEmpty());
        // a restriction the service cannot read must not leave an unrestricted reader behind
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(InternalIdentity.ISSUER);
        claims.setSubject("key:1");
        claims.setExpirationTimeMinutesInTheFuture(1);
        claims.setClaim("tenant", "acme");
        claims.setClaim("auditor", Map.of("from", "2026-07-01", "to", "2026-01-01", "frameworks", List.of()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        assertTrue(InternalIdentity.verify(SECRET, jws.getCompactSerialization()).isEmpty());
    }
}
