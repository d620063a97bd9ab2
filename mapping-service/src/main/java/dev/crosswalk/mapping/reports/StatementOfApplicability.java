package dev.crosswalk.mapping.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Statement of Applicability of a tenant: every ISO 27001:2022 Annex A control with its
 * applicability decision, implementation status derived from coverage, the controls and evidence
 * behind it, and the risks it treats. {@code snapshotId} is set when this is a stored snapshot.
 */
public record StatementOfApplicability(String tenantId, String framework, Instant generatedAt, UUID snapshotId,
                                       Summary summary, List<Row> rows) {

    public record Summary(int controls, int applicable, int excluded, int undecided, int implemented,
                          int partiallyImplemented, int notImplemented) {
    }

    /**
     * @param applicability  applicable, excluded or undecided
     * @param implementation implemented, partially_implemented, not_implemented, or not_applicable when excluded
     * @param coverage       the coverage status behind the implementation status, and why
     */
    public record Row(String ref, String title, String theme, String applicability, String justification,
                      List<String> reasons, String implementation, String coverage, String coverageReason,
                      List<String> controls, int evidenceCount, List<TreatedRisk> risks, String decidedBy,
                      Instant decidedAt) {
    }

    public record TreatedRisk(UUID id, String title, int inherentScore, Integer residualScore, String treatment) {

        @Override
        public String toString() {
            return title + " (" + inherentScore + (residualScore == null ? "" : " -> " + residualScore) + ")";
        }
    }
}
