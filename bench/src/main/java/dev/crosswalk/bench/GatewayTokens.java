package dev.crosswalk.bench;

import dev.crosswalk.support.identity.InternalIdentity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identity tokens for requests sent straight to a service, signed the way the gateway signs them: one per
 * caller (tenant and scope here), sent again for half its lifetime (the gateway's SignedIdentities).
 */
final class GatewayTokens {
    private static final long REUSED_NANOS = InternalIdentity.LIFETIME_SECONDS / 2 * 1_000_000_000L;

    private record Signed(String token, long signedAt) {
    }

    private final String secret;
    private final Map<String, Signed> tokens = new ConcurrentHashMap<>();

    GatewayTokens(String secret) {
        this.secret = secret;
    }

    String tokenFor(String tenant, String scope) {
        return tokenFor(tenant, scope, "bench");
    }

    /** For another subject than the one that submits: segregation of duties refuses a self-acceptance. */
    String tokenFor(String tenant, String scope, String subject) {
        long now = System.nanoTime();
        return tokens.compute(tenant + " " + scope + " " + subject, (key, known) -> known != null
                && now - known.signedAt() < REUSED_NANOS
                ? known : new Signed(InternalIdentity.sign(secret, tenant, subject, List.of(scope)), now)).token();
    }
}
