package dev.crosswalk.gateway.proxy;

import dev.crosswalk.gateway.auth.RateLimiter;
import io.vertx.core.http.HttpServerResponse;

/**
 * Tells a caller its rate limit on every answer it was counted for, in the fields of the IETF draft
 * "RateLimit header fields for HTTP" ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}), and
 * {@code Retry-After} when it must wait, so an integration script can pace itself instead of meeting 429s.
 */
public final class QuotaHeaders {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private QuotaHeaders() {
    }

    static void put(HttpServerResponse response, RateLimiter.Quota quota) {
        response.putHeader(LIMIT, String.valueOf(quota.limit()))
                .putHeader(REMAINING, String.valueOf(quota.remaining()))
                .putHeader(RESET, String.valueOf(quota.resetSeconds()));
        if (!quota.admitted()) {
            response.putHeader("Retry-After", String.valueOf(quota.retryAfterSeconds()));
        }
    }
}
