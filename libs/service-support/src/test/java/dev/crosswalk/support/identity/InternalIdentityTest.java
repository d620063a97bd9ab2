package dev.crosswalk.support.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
