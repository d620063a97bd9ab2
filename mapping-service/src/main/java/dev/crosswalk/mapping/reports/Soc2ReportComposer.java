package dev.crosswalk.mapping.reports;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.mapping.coverage.ControlEvidenceSummaries;
import dev.crosswalk.mapping.coverage.ControlEvidenceSummaries.PeriodEvidence;
import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.CoverageStatus;
import dev.crosswalk.mapping.coverage.RequirementCoverage;
import dev.crosswalk.mapping.isms.RequirementTitles;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Composes the SOC 2 criteria report from coverage (which controls count for each criterion, directly
 * or through the crosswalk) and the evidence projection: accepted, passing, not superseded records
 * collected within the observation period, whether or not they are still fresh today, summed from the
 * per-control day rows the projection keeps (the period is whole UTC days, so the sums are exact).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Soc2ReportComposer {
    public static final String FRAMEWORK = "soc2-tsc:2017";

    @Inject
    CoverageService coverage;

    @Inject
    ControlDirectory directory;

    @Inject
    RequirementTitles titles;

    @Inject
    ControlEvidenceSummaries summaries;

    public Soc2CriteriaReport report(String tenantId, ObservationPeriod period) {
        Map<String, UUID> controlIds = new HashMap<>();
        directory.liveControlRefs(tenantId).forEach((id, ref) -> controlIds.put(ref, id));
        Map<UUID, PeriodEvidence> evidenceByControl = summaries.inPeriod(tenantId, period.from(), period.to());
        Map<String, String> title = titles.of(FRAMEWORK);
        List<Row> rows = new ArrayList<>();
        for (RequirementCoverage criterion : coverage.coverage(tenantId, FRAMEWORK).requirements()) {
            if (criterion.status() == CoverageStatus.not_applicable) {
                continue; // a category the tenant's report does not cover is not in the report at all
            }
            List<PeriodEvidence> found = criterion.controls().stream().map(controlIds::get).filter(Objects::nonNull)
                    .map(evidenceByControl::get).filter(Objects::nonNull).toList();
            int count = (int) found.stream().mapToLong(PeriodEvidence::count).sum();
            Instant first = found.stream().map(PeriodEvidence::first).min(Instant::compareTo).orElse(null);
            Instant last = found.stream().map(PeriodEvidence::last).max(Instant::compareTo).orElse(null);
            rows.add(new Row(criterion.ref(), title.get(criterion.ref()), criterion.group(), criterion.status().name(),
                    criterion.controls(), count, first, last, gap(criterion, count)));
        }
        return new Soc2CriteriaReport(tenantId, FRAMEWORK, period.from(), period.to(), Instant.now(), summary(rows), rows);
    }

    private static String gap(RequirementCoverage criterion, int evidenceInPeriod) {
        if (criterion.controls().isEmpty()) {
            return "no control counts for this criterion";
        }
        if (evidenceInPeriod == 0) {
            return "no accepted passing evidence collected in the observation period";
        }
        return criterion.status() == CoverageStatus.satisfied ? null : criterion.reason();
    }

    private static Soc2CriteriaReport.Summary summary(List<Row> rows) {
        return new Soc2CriteriaReport.Summary(rows.size(), count(rows, CoverageStatus.satisfied),
                count(rows, CoverageStatus.partial), count(rows, CoverageStatus.gap) + count(rows, CoverageStatus.no_counterpart),
                (int) rows.stream().filter(r -> r.evidenceInPeriod() > 0).count());
    }

    private static int count(List<Row> rows, CoverageStatus status) {
        return (int) rows.stream().filter(r -> r.coverage().equals(status.name())).count();
    }

    /** The report as one sheet: a row per criterion. */
    public static ReportTable table(Soc2CriteriaReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : report.rows()) {
            rows.add(java.util.Arrays.asList(row.ref(), row.title(), row.category(), row.coverage(), row.controls(),
                    row.evidenceInPeriod(), text(row.firstCollected()), text(row.lastCollected()), row.gap()));
        }
        return new ReportTable("SOC 2 criteria", List.of("Criterion", "Title", "Category", "Coverage", "Controls",
                "Evidence in period", "First collected", "Last collected", "Gap"), rows);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
