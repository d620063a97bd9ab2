package dev.crosswalk.evidence.records;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A control's evidence over an observation period, cut into the periods its frequency implies, as a
 * SOC 2 Type 2 auditor samples it: which periods have passing, non-rejected evidence and which do not.
 */
public record Timeline(Control control, Instant from, Instant to, List<Entry> evidence, List<PeriodCoverage> periods,
                       Summary summary) {

    public record Control(UUID id, String refCode, String name, String frequency) {
    }

    public record Entry(UUID id, Instant collectedAt, EvidenceKind kind, String title, EvidenceResult result,
                        ReviewStatus reviewStatus, Instant validUntil) {
    }

    public record PeriodCoverage(Instant start, Instant end, int evidenceCount, int passing, boolean covered) {
    }

    public record Summary(int evidenceCount, int periodsCovered, int periodsTotal) {
    }
}
