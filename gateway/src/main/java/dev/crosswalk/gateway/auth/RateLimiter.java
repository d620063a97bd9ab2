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

    /** 0 when the request may pass, else the seconds until the caller may retry. */
    public long acquire(String subject) {
        return buckets.computeIfAbsent(subject, s -> new Bucket(config.requestsPerMinute())).take();
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

        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
