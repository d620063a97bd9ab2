package dev.crosswalk.evidence.query;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A control's evidence over an observation period, cut into the periods its frequency implies, as a
 * SOC 2 Type 2 auditor samples it ({@link dev.crosswalk.rules.SamplingPeriods}): which occurrences have
 * accepted passing evidence and which do not, as mapping-service's SOC 2 report judges them.
 */
public record Timeline(Control control, Instant from, Instant to, List<Entry> evidence, List<PeriodCoverage> periods,
                       Summary summary) {

    public record Control(UUID id, String refCode, String name, ControlFrequency frequency) {
    }

    public record Entry(UUID id, Instant collectedAt, EvidenceKind kind, String title, EvidenceResult result,
                        ReviewStatus reviewStatus, Instant validUntil) {
    }

    /**
     * One occurrence of the control: {@code evidencing} counts its records that evidence operation (accepted,
     * passing, current), {@code awaitingReview} its passing records a reviewer has not decided yet; it is
     * {@code covered} when at least one record evidences operation.
     */
    public record PeriodCoverage(Instant start, Instant end, int evidenceCount, int evidencing, int awaitingReview,
                                 boolean covered) {
    }

    public record Summary(int evidenceCount, int periodsCovered, int periodsTotal) {
    }
}
