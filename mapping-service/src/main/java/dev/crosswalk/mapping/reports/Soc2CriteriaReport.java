package dev.crosswalk.mapping.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The SOC 2 criteria of the tenant's report over a Type 2 observation period: coverage now, and operation over
 * the period. For each contributing control, the occurrences its frequency implies in the period
 * ({@code SamplingPeriods}, the cut evidence-service's timeline makes), those evidenced by a record that evidences
 * operation ({@code EvidenceCounting}), and the missed ones as exceptions with their dates.
 */
public record Soc2CriteriaReport(String tenantId, String framework, LocalDate periodFrom, LocalDate periodTo,
                                 Instant generatedAt, Summary summary, List<Row> rows, List<ControlOperation> controls) {

    /** How a criterion operated over the period. */
    public enum Operation {
        /** Every contributing control evidenced every one of its occurrences. */
        operated_throughout,
        /** Some evidence in the period, but at least one occurrence of a contributing control without any. */
        with_exceptions,
        /** No contributing control, or none of them has evidence in the period. */
        without_evidence
    }

    /** {@code satisfied}, {@code partial}, {@code gap}: coverage now; the last three: operation over the period. */
    public record Summary(int criteria, int satisfied, int partial, int gap, int operatedThroughout, int withExceptions,
                          int withoutEvidence) {
    }

    /** Consecutive occurrences of a control without evidence: the first day of the first, the last of the last. */
    public record PeriodException(LocalDate from, LocalDate to, int occurrences) {
    }

    /**
     * One contributing control over the period, listed once in the report however many criteria it counts for:
     * its occurrences, those covered, the records that evidence operation, how many of those were accepted by a
     * principal other than their submitter (verified subjects, never claimed names), and the missed occurrences as
     * exceptions.
     */
    public record ControlOperation(String control, String frequency, int occurrences, int covered, long evidenceInPeriod,
                                   long reviewedBySomeoneElse, List<PeriodException> exceptions) {
    }

    /**
     * {@code occurrences} and {@code occurrencesCovered} sum those of the contributing {@code controls} (each one's
     * detail is in the report's {@code controls}); {@code controlsWithExceptions} names those that missed any;
     * {@code evidenceInPeriod} counts the records that evidence operation, each once however many contributing
     * controls it is attached to; {@code reviewsSegregated} is true when every one of them was accepted by someone
     * other than its submitter, false when some was not (or the report cannot tell), null when there are none;
     * {@code gap} says what is missing, or is null when covered now and operated throughout the period.
     */
    public record Row(String ref, String title, String category, String coverage, Operation operation,
                      List<String> controls, int occurrences, int occurrencesCovered, List<String> controlsWithExceptions,
                      long evidenceInPeriod, Boolean reviewsSegregated, Instant firstCollected, Instant lastCollected,
                      String gap) {
    }
}
