package dev.crosswalk.mapping.reports;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.CoverageStatus;
import dev.crosswalk.mapping.coverage.RequirementCoverage;
import dev.crosswalk.mapping.isms.RequirementTitles;
import dev.crosswalk.mapping.reports.Soc2CriteriaReport.Row;
import dev.crosswalk.support.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
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
 * collected within the observation period, whether or not they are still fresh today.
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
    EntityManager entityManager;

    public Soc2CriteriaReport report(String tenantId, ObservationPeriod period) {
        Map<String, UUID> controlIds = new HashMap<>();
        directory.liveControlRefs(tenantId).forEach((id, ref) -> controlIds.put(ref, id));
        Map<UUID, PeriodEvidence> evidenceByControl = evidenceInPeriod(tenantId, period);
        Map<String, String> title = titles.of(FRAMEWORK);
        List<Row> rows = new ArrayList<>();
        for (RequirementCoverage criterion : coverage.coverage(tenantId, FRAMEWORK).requirements()) {
            List<PeriodEvidence> found = criterion.controls().stream().map(controlIds::get).filter(Objects::nonNull)
                    .map(evidenceByControl::get).filter(Objects::nonNull).toList();
            int count = found.stream().mapToInt(PeriodEvidence::count).sum();
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
                count(rows, CoverageStatus.partial), count(rows, CoverageStatus.gap),
                (int) rows.stream().filter(r -> r.evidenceInPeriod() > 0).count());
    }

    private static int count(List<Row> rows, CoverageStatus status) {
        return (int) rows.stream().filter(r -> r.coverage().equals(status.name())).count();
    }

    /** The period's qualifying records of one control: how many, the first and the last collected. */
    private record PeriodEvidence(int count, Instant first, Instant last) {
    }

    /** Counted by PostgreSQL per control, so the report never loads the records themselves. */
    private Map<UUID, PeriodEvidence> evidenceInPeriod(String tenantId, ObservationPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.control_id, count(*), min(e.collected_at), max(e.collected_at)
                        from evidence_state e
                        join evidence_state_control c on c.tenant_id = e.tenant_id and c.evidence_id = e.evidence_id
                        where e.tenant_id = ?1 and e.result = 'pass' and e.review_status = 'accepted'
                          and not e.superseded and e.collected_at >= ?2 and e.collected_at < ?3
                        group by c.control_id""")
                .setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(period.start()))
                .setParameter(3, Timestamp.from(period.end()))
                .getResultList();
        Map<UUID, PeriodEvidence> byControl = new HashMap<>();
        for (Object[] row : rows) {
            byControl.put((UUID) row[0], new PeriodEvidence(((Number) row[1]).intValue(), SqlValues.instant(row[2]),
                    SqlValues.instant(row[3])));
        }
        return byControl;
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
