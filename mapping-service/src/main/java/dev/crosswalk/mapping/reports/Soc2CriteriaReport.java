package dev.crosswalk.mapping.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 61 SOC 2 criteria over an observation period: coverage now, the controls behind each, the
 * accepted passing evidence collected in the period, and what is missing.
 */
public record Soc2CriteriaReport(String tenantId, String framework, LocalDate periodFrom, LocalDate periodTo,
                                 Instant generatedAt, Summary summary, List<Row> rows) {

    public record Summary(int criteria, int satisfied, int partial, int gap, int withEvidenceInPeriod) {
    }

    /**
     * {@code evidenceInPeriod} counts the qualifying records per contributing control (a record of two of them
     * counts twice); {@code gap} says what is missing, or is null when covered and evidenced in the period.
     */
    public record Row(String ref, String title, String category, String coverage, List<String> controls,
                      int evidenceInPeriod, Instant firstCollected, Instant lastCollected, String gap) {
    }
}
