package dev.crosswalk.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.support.identity.InternalIdentity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedIdentitiesTest {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";

    @Test
    void oneTokenPerPrincipalCarryingExactlyThatPrincipal() {
        SignedIdentities identities = new SignedIdentities();
        identities.secret = SECRET;
        Principal key = new Principal("acme", "key:1", "api-key", Set.of("evidence:write"));
        Principal narrower = new Principal("acme", "key:1", "api-key", Set.of("evidence:read"));
        Principal otherTenant = new Principal("globex", "key:1", "api-key", Set.of("evidence:write"));

        String token = identities.tokenFor(key);
        assertEquals(token, identities.tokenFor(new Principal("acme", "key:1", "api-key", Set.of("evidence:write"))));
        assertNotEquals(token, identities.tokenFor(narrower));
        assertNotEquals(token, identities.tokenFor(otherTenant));
        assertEquals(new InternalIdentity.Claims("acme", "key:1", List.of("evidence:write")),
                InternalIdentity.verify(SECRET, token).orElseThrow());
        assertEquals(List.of("evidence:read"), InternalIdentity.verify(SECRET, identities.tokenFor(narrower))
                .orElseThrow().scopes());
    }
}
