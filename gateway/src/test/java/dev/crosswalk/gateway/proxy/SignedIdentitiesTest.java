package dev.crosswalk.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.support.identity.AuditorScope;
import dev.crosswalk.support.identity.InternalIdentity;
import java.time.LocalDate;
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

    @Test
    void anAuditorsRestrictionIsSignedAndSetsItsTokenApart() {
        SignedIdentities identities = new SignedIdentities();
        identities.secret = SECRET;
        AuditorScope firstHalf = new AuditorScope(null, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"),
                List.of("iso27001:2022"));
        Principal reader = new Principal("acme", "key:1", "api_key", Set.of("evidence:read"));
        Principal auditor = new Principal("acme", "key:1", "api_key", Set.of("evidence:read"), firstHalf);
        Principal otherPeriod = new Principal("acme", "key:1", "api_key", Set.of("evidence:read"),
                new AuditorScope(null, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), List.of("iso27001:2022")));

        String token = identities.tokenFor(auditor);
        assertNotEquals(token, identities.tokenFor(reader));
        assertNotEquals(token, identities.tokenFor(otherPeriod));
        assertEquals(firstHalf, InternalIdentity.verify(SECRET, token).orElseThrow().auditor());
        assertEquals(null, InternalIdentity.verify(SECRET, identities.tokenFor(reader)).orElseThrow().auditor());
    }
}
