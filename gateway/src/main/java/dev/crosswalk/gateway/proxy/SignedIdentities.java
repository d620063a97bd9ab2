package dev.crosswalk.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.support.identity.InternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity token the gateway sends for a principal, signed once and sent again for up to {@link #REUSED},
 * half its lifetime, so it always reaches a service with at least 30 s to run. The services remember the
 * tokens they verified (VerifiedIdentities): one token per caller per half minute, instead of one per request,
 * spares them parsing and checking every request's token.
 */
@ApplicationScoped
public class SignedIdentities {
    static final Duration REUSED = Duration.ofSeconds(InternalIdentity.LIFETIME_SECONDS / 2);

    @ConfigProperty(name = "crosswalk.identity.secret")
    String secret;

    private final Cache<Principal, String> signed = Caffeine.newBuilder().expireAfterWrite(REUSED)
            .maximumSize(10_000).build();

    public String tokenFor(Principal principal) {
        // the principal is the key: one with another restriction (or none) gets its own token
        return signed.get(principal, p -> InternalIdentity.sign(secret, p.tenantId(), p.subject(),
                List.copyOf(p.scopes()), p.auditor()));
    }
}
