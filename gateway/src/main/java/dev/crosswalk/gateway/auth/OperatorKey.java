package dev.crosswalk.gateway.auth;

import dev.crosswalk.gateway.GatewayConfig;
import dev.crosswalk.support.identity.InternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The platform operator's key ({@code GATEWAY_ADMIN_KEY}, header {@code X-Admin-Key}): it administers
 * tenants and keys, and on the API it is the only credential that gets {@link InternalIdentity#OPERATOR_SCOPE},
 * the scope for writing data every tenant sees. The operator acts as the pseudo-tenant {@value #TENANT},
 * which no real tenant can be (tenant ids start with a letter or digit).
 */
@ApplicationScoped
public class OperatorKey {
    public static final String TENANT = "_operator";
    static final Set<String> SCOPES = Stream.concat(Scopes.ALL.stream(), Stream.of(InternalIdentity.OPERATOR_SCOPE))
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    GatewayConfig config;

    /** Compared in constant time. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.adminKey().getBytes(StandardCharsets.UTF_8));
    }

    /** The operator's principal on the API, or empty when the key presented is not the operator's. */
    public Optional<Principal> principal(String presented) {
        return matches(presented) ? Optional.of(new Principal(TENANT, "operator", "operator", SCOPES)) : Optional.empty();
    }
}
