package dev.crosswalk.evidence.expiry;

import dev.crosswalk.rules.EvidenceCounting;
import java.time.Duration;
import java.time.Instant;

/** Whether a record still counts: fresh, expiring within the warning window, or expired. */
public enum Freshness {
    fresh, expiring, expired;

    public static Freshness of(Instant validUntil, Instant expiredAt, Instant now, Duration warning) {
        if (expiredAt != null || !EvidenceCounting.fresh(validUntil, now)) {
            return expired;
        }
        return validUntil.isAfter(now.plus(warning)) ? fresh : expiring;
    }
}
