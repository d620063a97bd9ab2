package dev.crosswalk.rules;

import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.events.ReviewStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * When an evidence record counts: the one definition every service, projection and report reads.
 * <ul>
 * <li>A record <b>decides coverage</b> of its controls when it is accepted, current (no correction
 * superseded it), not marked expired, and says pass or fail (an informational record never decides). It
 * does so while it is <b>fresh</b>: until its {@code validUntil}. A control's latest such record decides
 * whether it operates.</li>
 * <li>A record <b>evidences operation</b> at its collection time when it is accepted, current and passing,
 * whether or not it is still fresh today: the SOC 2 Type 2 report and the control timeline count these in
 * the occurrences of the observation period.</li>
 * </ul>
 * Pending records count for neither: a reviewer has not yet looked at them.
 */
public final class EvidenceCounting {

    /** What the rule needs to know of a record. */
    public record Facts(EvidenceResult result, ReviewStatus reviewStatus, boolean expired, boolean superseded,
                        Instant validUntil) {
    }

    private EvidenceCounting() {
    }

    public static boolean decidesCoverage(Facts record) {
        return record.reviewStatus() == ReviewStatus.accepted && !record.superseded() && !record.expired()
                && record.result() != EvidenceResult.informational && record.result() != null;
    }

    public static boolean evidencesOperation(Facts record) {
        return record.reviewStatus() == ReviewStatus.accepted && !record.superseded()
                && record.result() == EvidenceResult.pass;
    }

    public static boolean fresh(Instant validUntil, Instant now) {
        return validUntil != null && validUntil.isAfter(now);
    }

    /** True when the record, as of {@code now}, is passing evidence that can make its controls operate. */
    public static boolean passingNow(Facts record, Instant now) {
        return whyNotPassingNow(record, now).isEmpty();
    }

    /** Why the record is not passing evidence as of {@code now}; empty when it is. */
    public static Optional<String> whyNotPassingNow(Facts record, Instant now) {
        if (record.result() != EvidenceResult.pass) {
            return Optional.of("its result is " + record.result() + ", not pass");
        }
        if (record.reviewStatus() != ReviewStatus.accepted) {
            return Optional.of("its review is " + record.reviewStatus() + ", not accepted");
        }
        if (record.superseded()) {
            return Optional.of("a correction superseded it");
        }
        if (record.expired() || !fresh(record.validUntil(), now)) {
            return Optional.of("it has expired");
        }
        return Optional.empty();
    }
}
