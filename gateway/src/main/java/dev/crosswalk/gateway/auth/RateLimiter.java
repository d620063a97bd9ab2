package dev.crosswalk.gateway.auth;

import dev.crosswalk.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller (API key or token subject), refilled continuously to the configured
 * requests per minute. In memory: each gateway replica limits on its own (documented).
 */
@ApplicationScoped
public class RateLimiter {
    @Inject
    GatewayConfig config;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the caller's bucket, when there is one left, and says what remains. */
    public Quota acquire(String subject) {
        return buckets.computeIfAbsent(subject, s -> new Bucket(config.requestsPerMinute())).take();
    }

    /**
     * The caller's quota after a request, as the {@code RateLimit-*} headers tell it: the bucket's size, the
     * whole requests left, the seconds until it is full again, and (0 when admitted) the seconds until the
     * next request may pass.
     */
    public record Quota(int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
        public boolean admitted() {
            return retryAfterSeconds == 0;
        }
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int perMinute) {
            capacity = perMinute;
            perNano = perMinute / 60e9;
            tokens = perMinute;
        }

        synchronized Quota take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            long retryAfter = 0;
            if (tokens >= 1) {
                tokens -= 1;
            } else {
                retryAfter = seconds(1 - tokens);
            }
            return new Quota((int) capacity, (int) Math.floor(tokens), seconds(capacity - tokens), retryAfter);
        }

        private long seconds(double missingTokens) {
            return (long) Math.ceil(missingTokens / perNano / 1e9);
        }
    }
}
