package dev.crosswalk.mapping.reports;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.CoverageStatus;
import dev.crosswalk.mapping.coverage.RequirementCoverage;
import dev.crosswalk.mapping.isms.RequirementTitles;
import dev.crosswalk.mapping.projection.ControlEvidenceSummaries;
import dev.crosswalk.mapping.projection.ControlEvidenceSummaries.PeriodEvidence;
import dev.crosswalk.mapping.projection.ReviewSegregation;
import dev.crosswalk.mapping.projection.SharedRecords;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.ControlOperation;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.Operation;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.PeriodException;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.Row;
import dev.crosswalk.rules.SamplingPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Composes the SOC 2 criteria report: which controls count for each criterion now (coverage: directly or through
 * the crosswalk), and how each operated over the observation period. A control's occurrences are cut by its
 * frequency ({@link SamplingPeriods}); an occurrence is covered when a record that evidences operation was
 * collected in it, read from the per-control day rows the projection keeps (occurrences start and end at UTC
 * midnight, so the day sums are exact). A criterion operated throughout only when every contributing control
 * covered every occurrence.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Soc2ReportComposer {
    public static final String FRAMEWORK = "soc2-tsc:2017";
    /** A spreadsheet cell names this many runs of missed occurrences per control; the JSON has them all. */
    private static final int EXCEPTION_RUNS_IN_A_CELL = 5;

    @Inject
    CoverageService coverage;

    @Inject
    ControlDirectory directory;

    @Inject
    RequirementTitles titles;

    @Inject
    ControlEvidenceSummaries summaries;

    @Inject
    ReviewSegregation segregation;

    public Soc2CriteriaReport report(String tenantId, ObservationPeriod period) {
        Map<String, KnownControl> controlsByRef = directory.liveControlsById(tenantId).values().stream()
                .collect(Collectors.toMap(KnownControl::refCode, c -> c, (a, b) -> a));
        Map<UUID, NavigableMap<LocalDate, PeriodEvidence>> days = summaries.days(tenantId, period.from(), period.to());
        SharedRecords shared = summaries.sharedEvidencing(tenantId, period.start(), period.end());
        Map<UUID, Long> bySomeoneElse = segregation.reviewedBySomeoneElse(tenantId, period.start(), period.end());
        Map<UUID, PeriodEvidence> totals = new HashMap<>();
        days.forEach((control, byDay) -> totals.put(control, PeriodEvidence.total(byDay.values())));
        Map<UUID, ControlOperation> operationOf = new HashMap<>();
        Map<String, String> title = titles.of(FRAMEWORK);
        List<Row> rows = new ArrayList<>();
        for (RequirementCoverage criterion : coverage.coverage(tenantId, FRAMEWORK).requirements()) {
            if (criterion.status() == CoverageStatus.not_applicable) {
                continue; // a category the tenant's report does not cover is not in the report at all
            }
            List<KnownControl> contributing = criterion.controls().stream().map(controlsByRef::get)
                    .filter(Objects::nonNull).toList();
            List<ControlOperation> operations = contributing.stream()
                    .map(c -> operationOf.computeIfAbsent(c.id(), id -> operation(c, period, days.get(id),
                            bySomeoneElse.getOrDefault(id, 0L))))
                    .toList();
            rows.add(row(criterion, title.get(criterion.ref()), contributing, operations, totals, shared));
        }
        List<ControlOperation> controls = operationOf.values().stream()
                .sorted(java.util.Comparator.comparing(ControlOperation::control)).toList();
        return new Soc2CriteriaReport(tenantId, FRAMEWORK, period.from(), period.to(), Instant.now(), summary(rows), rows,
                controls);
    }

    /** One control over the period: its occurrences, those with evidence, and the others as exceptions. */
    private static ControlOperation operation(KnownControl control, ObservationPeriod period,
                                              NavigableMap<LocalDate, PeriodEvidence> days, long bySomeoneElse) {
        NavigableMap<LocalDate, PeriodEvidence> evidence = days == null ? new TreeMap<>() : days;
        ControlFrequency frequency = control.frequency() == null ? ControlFrequency.event_driven : control.frequency();
        List<SamplingPeriods.Occurrence> occurrences = SamplingPeriods.of(frequency, period.start(), period.end());
        List<PeriodException> exceptions = new ArrayList<>();
        int missed = 0;
        for (SamplingPeriods.Occurrence occurrence : occurrences) {
            LocalDate first = LocalDate.ofInstant(occurrence.start(), ZoneOffset.UTC);
            LocalDate after = LocalDate.ofInstant(occurrence.end(), ZoneOffset.UTC);
            if (!evidence.subMap(first, true, after, false).isEmpty()) {
                continue;
            }
            missed++;
            PeriodException previous = exceptions.isEmpty() ? null : exceptions.getLast();
            if (previous != null && previous.to().plusDays(1).equals(first)) {
                // consecutive misses are one exception: a daily control silent for a month is one line, not thirty
                exceptions.set(exceptions.size() - 1, new PeriodException(previous.from(), after.minusDays(1),
                        previous.occurrences() + 1));
            } else {
                exceptions.add(new PeriodException(first, after.minusDays(1), 1));
            }
        }
        long records = evidence.values().stream().mapToLong(PeriodEvidence::count).sum();
        return new ControlOperation(control.refCode(), frequency.name(), occurrences.size(), occurrences.size() - missed,
                records, bySomeoneElse, exceptions);
    }

    private static Row row(RequirementCoverage criterion, String title, List<KnownControl> contributing,
                           List<ControlOperation> operations, Map<UUID, PeriodEvidence> totals, SharedRecords shared) {
        long records = operations.stream().mapToLong(ControlOperation::evidenceInPeriod).sum()
                - shared.doubleCounts(contributing.stream().map(KnownControl::id).toList());
        PeriodEvidence found = PeriodEvidence.total(contributing.stream().map(c -> totals.get(c.id()))
                .filter(Objects::nonNull).toList());
        Instant first = found.first();
        Instant last = found.last();
        int occurrences = operations.stream().mapToInt(ControlOperation::occurrences).sum();
        int covered = operations.stream().mapToInt(ControlOperation::covered).sum();
        List<String> withExceptions = operations.stream().filter(o -> o.covered() < o.occurrences())
                .map(ControlOperation::control).toList();
        Operation operation = records == 0 ? Operation.without_evidence
                : withExceptions.isEmpty() ? Operation.operated_throughout : Operation.with_exceptions;
        // per control, so a record two contributing controls share is checked with each, which changes no answer
        Boolean segregated = records == 0 ? null
                : operations.stream().allMatch(o -> o.reviewedBySomeoneElse() == o.evidenceInPeriod());
        return new Row(criterion.ref(), title, criterion.group(), criterion.status().name(), operation,
                criterion.controls(), occurrences, covered, withExceptions, records, segregated, first, last,
                gap(criterion, operation, occurrences - covered, occurrences));
    }

    private static String gap(RequirementCoverage criterion, Operation operation, int missed, int occurrences) {
        if (criterion.controls().isEmpty()) {
            return "no control counts for this criterion";
        }
        return switch (operation) {
            case without_evidence -> "no accepted passing evidence collected in the observation period";
            case with_exceptions -> missed + " of " + occurrences
                    + " occurrence(s) of its controls without accepted passing evidence in the period";
            case operated_throughout -> criterion.status() == CoverageStatus.satisfied ? null : criterion.reason();
        };
    }

    private static Soc2CriteriaReport.Summary summary(List<Row> rows) {
        return new Soc2CriteriaReport.Summary(rows.size(), count(rows, CoverageStatus.satisfied),
                count(rows, CoverageStatus.partial), count(rows, CoverageStatus.gap) + count(rows, CoverageStatus.no_counterpart),
                count(rows, Operation.operated_throughout), count(rows, Operation.with_exceptions),
                count(rows, Operation.without_evidence));
    }

    private static int count(List<Row> rows, CoverageStatus status) {
        return (int) rows.stream().filter(r -> r.coverage().equals(status.name())).count();
    }

    private static int count(List<Row> rows, Operation operation) {
        return (int) rows.stream().filter(r -> r.operation() == operation).count();
    }

    /** The counts a printed report ends with. */
    public static List<ReportSummary> summaryCounts(Soc2CriteriaReport report) {
        Soc2CriteriaReport.Summary s = report.summary();
        return List.of(new ReportSummary("Criteria", s.criteria()), new ReportSummary("Satisfied now", s.satisfied()),
                new ReportSummary("Partly satisfied now", s.partial()), new ReportSummary("Gaps now", s.gap()),
                new ReportSummary("Operated throughout the period", s.operatedThroughout()),
                new ReportSummary("Operated with exceptions", s.withExceptions()),
                new ReportSummary("Without evidence in the period", s.withoutEvidence()));
    }

    /** The report as one sheet: a row per criterion, the same columns as the JSON, each control's exceptions as text. */
    public static ReportTable table(Soc2CriteriaReport report) {
        Map<String, ControlOperation> byControl = new HashMap<>();
        report.controls().forEach(c -> byControl.put(c.control(), c));
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : report.rows()) {
            rows.add(java.util.Arrays.asList(row.ref(), row.title(), row.category(), row.coverage(), row.operation().name(),
                    row.controls(), row.occurrences(), row.occurrencesCovered(),
                    exceptions(row.controlsWithExceptions().stream().map(byControl::get).toList()),
                    row.evidenceInPeriod(), yesNo(row.reviewsSegregated()), text(row.firstCollected()),
                    text(row.lastCollected()), row.gap()));
        }
        return new ReportTable("SOC 2 criteria", List.of("Criterion", "Title", "Category", "Coverage now",
                "Operation over the period", "Controls", "Occurrences", "Occurrences covered", "Exceptions",
                "Evidence in period", "Reviewed by someone other than the submitter", "First collected",
                "Last collected", "Gap"), rows);
    }

    /** Per control with exceptions: how many occurrences it missed and when (the first few runs, then how many more). */
    private static String exceptions(List<ControlOperation> controls) {
        if (controls.isEmpty()) {
            return null;
        }
        return controls.stream().map(c -> {
            String runs = c.exceptions().stream().limit(EXCEPTION_RUNS_IN_A_CELL)
                    .map(e -> e.from().equals(e.to()) ? e.from().toString() : e.from() + " to " + e.to())
                    .collect(Collectors.joining(", "));
            int more = c.exceptions().size() - EXCEPTION_RUNS_IN_A_CELL;
            return c.control() + ": " + (c.occurrences() - c.covered()) + " of " + c.occurrences() + " missed (" + runs
                    + (more > 0 ? " and " + more + " more" : "") + ")";
        }).collect(Collectors.joining("; "));
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
