package dev.crosswalk.gateway.auth;

import dev.crosswalk.gateway.GatewayConfig;
import dev.crosswalk.gateway.keys.KeyCache;
import dev.crosswalk.gateway.keys.KeyService;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Decides whether a request may pass to a service: who calls (API key or bearer token), for which
 * tenant, with which scope, within its rate limit. Runs on a worker thread (keys are looked up in
 * the database).
 */
@ApplicationScoped
public class Gatekeeper {
    public static final String API_KEY_HEADER = "X-Api-Key";

    @Inject
    KeyService keys;

    @Inject
    BearerTokens tokens;

    @Inject
    RateLimiter limiter;

    @Inject
    KeyCache recentKeys;

    @Inject
    GatewayConfig config;

    @Inject
    OperatorKey operator;

    /** A request allowed through, where to, and the caller's quota left. */
    public record Admission(Principal principal, String service, RateLimiter.Quota quota) {
    }

    /** A refusal after the caller's request was counted (429, or 403 for a scope it lacks), with its quota. */
    public static final class CountedRefusal extends ProblemException {
        private final RateLimiter.Quota quota;

        CountedRefusal(ProblemType type, String detail, RateLimiter.Quota quota) {
            super(type, detail);
            this.quota = quota;
        }

        public RateLimiter.Quota quota() {
            return quota;
        }
    }

    public Admission admit(String apiKey, String operatorKey, String authorization, String path, String method) {
        String service = service(path);
        Principal principal = authenticate(apiKey, operatorKey, authorization)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
                        "Send a valid API key (X-Api-Key) or bearer token (Authorization: Bearer)"));
        return authorize(principal, service, method);
    }

    /**
     * The admission of a request whose API key was verified moments ago, decided without the database
     * (so on the event loop); empty when the key must be looked up with {@link #admit}.
     */
    public Optional<Admission> admitRecentKey(String apiKey, String path, String method) {
        if (apiKey == null) {
            return Optional.empty();
        }
        Optional<Principal> principal = recentKeys.lookup(apiKey.strip());
        if (principal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(authorize(principal.get(), service(path), method));
    }

    private Admission authorize(Principal principal, String service, String method) {
        RateLimiter.Quota quota = limiter.acquire(principal.subject());
        if (!quota.admitted()) {
            throw new CountedRefusal(ProblemType.TOO_MANY_REQUESTS,
                    "Rate limit reached; retry in " + quota.retryAfterSeconds() + " s", quota);
        }
        String scope = Scopes.required(service, method);
        if (!principal.scopes().contains(scope)) {
            throw new CountedRefusal(ProblemType.FORBIDDEN, "This credential lacks the scope " + scope, quota);
        }
        return new Admission(principal, service, quota);
    }

    /** The operator's key, when sent, decides alone: a wrong one is not tried as anything else. */
    private Optional<Principal> authenticate(String apiKey, String operatorKey, String authorization) {
        if (operatorKey != null) {
            return operator.principal(operatorKey.strip());
        }
        if (apiKey != null) {
            return keys.authenticate(apiKey.strip());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.verify(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    private String service(String path) {
        String[] parts = path.split("/");
        String service = parts.length > 3 ? parts[3] : "";
        if (!config.routes().containsKey(service)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No service answers " + path);
        }
        return service;
    }
}
