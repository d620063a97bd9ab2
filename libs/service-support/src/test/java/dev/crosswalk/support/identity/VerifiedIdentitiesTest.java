package dev.crosswalk.support.identity;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

class VerifiedIdentitiesTest {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";

    private static VerifiedIdentities identities(String secret) {
        VerifiedIdentities identities = new VerifiedIdentities();
        identities.secret = secret;
        return identities;
    }

    /** A token as the gateway signs it, but running out after the given seconds. */
    private static String expiringIn(int seconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(InternalIdentity.ISSUER);
        claims.setSubject("key:1");
        claims.setIssuedAtToNow();
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(seconds);
        claims.setExpirationTime(expiry);
        claims.setClaim("tenant", "acme");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jws.getCompactSerialization();
    }

    @Test
    void aRememberedTokenStillAnswersItsOwnClaimsAndNothingElseGetsIn() {
        VerifiedIdentities identities = identities(SECRET);
        String token = InternalIdentity.sign(SECRET, "acme", "key:1", List.of("evidence:write"));
        String other = InternalIdentity.sign(SECRET, "globex", "key:2", List.of());
        for (int i = 0; i < 2; i++) {
            assertEquals(new InternalIdentity.Claims("acme", "key:1", List.of("evidence:write")),
                    identities.verify(token).orElseThrow());
            assertEquals("globex", identities.verify(other).orElseThrow().tenantId());
            assertTrue(identities.verify(token.substring(0, token.length() - 2) + "xx").isEmpty(), "forged signature");
            assertTrue(identities.verify(null).isEmpty());
        }
        assertTrue(identities("another-secret-of-thirty-two-bytes-long").verify(token).isEmpty(),
                "remembered per secret, not across");
    }

    @Test
    void aRememberedTokenIsRefusedOnceVerificationWouldRefuseIt() throws Exception {
        VerifiedIdentities identities = identities(SECRET);
        String token = expiringIn(1);
        assertEquals("acme", identities.verify(token).orElseThrow().tenantId());
        // verification allows 5 s of clock skew past the expiry: wait until it refuses the token
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> InternalIdentity.verify(SECRET, token).isEmpty());
        assertTrue(identities.verify(token).isEmpty());
    }
}
