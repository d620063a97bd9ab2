package dev.crosswalk.mapping.reports;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.RequirementCoverage;
import dev.crosswalk.mapping.isms.IsmsDecisions;
import dev.crosswalk.mapping.isms.IsmsDecisions.Decision;
import dev.crosswalk.mapping.isms.IsmsDecisions.Risk;
import dev.crosswalk.mapping.isms.RequirementTitles;
import dev.crosswalk.mapping.reports.StatementOfApplicability.Row;
import dev.crosswalk.mapping.reports.StatementOfApplicability.Summary;
import dev.crosswalk.mapping.reports.StatementOfApplicability.TreatedRisk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Composes the Statement of Applicability from what this service holds: coverage of ISO 27001:2022
 * (control mappings, evidence projection, crosswalk) and the decisions, risks and titles the catalog
 * announced on {@code catalog.events}. Implementation status: satisfied is implemented, partial is
 * partially implemented, a gap is not implemented; an excluded control is not applicable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SoaComposer {
    public static final String FRAMEWORK = "iso27001:2022";

    @Inject
    CoverageService coverage;

    @Inject
    IsmsDecisions decisions;

    @Inject
    RequirementTitles titles;

    @Inject
    ControlDirectory directory;

    public StatementOfApplicability current(String tenantId) {
        Map<String, Decision> decided = decisions.decisions(tenantId);
        Map<UUID, Risk> risks = decisions.risks(tenantId);
        Map<UUID, String> controlRefs = directory.liveControlRefs(tenantId);
        Map<String, String> title = titles.of(FRAMEWORK);
        List<Row> rows = new ArrayList<>();
        for (RequirementCoverage requirement : coverage.coverage(tenantId, FRAMEWORK).requirements()) {
            if (!requirement.ref().startsWith("A.")) {
                continue;
            }
            Decision decision = decided.get(requirement.ref());
            String applicability = decision == null ? "undecided" : decision.applicable() ? "applicable" : "excluded";
            String implementation = "excluded".equals(applicability) ? "not_applicable"
                    : switch (requirement.status()) {
                        case satisfied -> "implemented";
                        case partial -> "partially_implemented";
                        default -> "not_implemented";
                    };
            rows.add(new Row(requirement.ref(), title.get(requirement.ref()), requirement.group(), applicability,
                    decision == null ? null : decision.justification(),
                    decision == null ? List.of() : decision.reasons(), implementation, requirement.status().name(),
                    requirement.reason(), requirement.controls(), (int) requirement.evidenceCount(),
                    treated(decision, Set.copyOf(requirement.controls()), risks, controlRefs),
                    decision == null ? null : decision.decidedBy(), decision == null ? null : decision.decidedAt()));
        }
        return new StatementOfApplicability(tenantId, FRAMEWORK, Instant.now(), null, summary(rows), rows);
    }

    /** Risks the decision names, and risks whose treating controls count for this Annex A control. */
    private static List<TreatedRisk> treated(Decision decision, Set<String> controls, Map<UUID, Risk> risks,
                                             Map<UUID, String> controlRefs) {
        Map<UUID, Risk> found = new LinkedHashMap<>();
        if (decision != null) {
            decision.riskIds().stream().map(risks::get).filter(r -> r != null).forEach(r -> found.put(r.id(), r));
        }
        for (Risk risk : risks.values()) {
            if (risk.controlIds().stream().map(controlRefs::get).anyMatch(controls::contains)) {
                found.putIfAbsent(risk.id(), risk);
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Risk::inherentScore).reversed().thenComparing(Risk::title))
                .map(r -> new TreatedRisk(r.id(), r.title(), r.inherentScore(), r.residualScore(), r.treatment()))
                .toList();
    }

    private static Summary summary(List<Row> rows) {
        Map<String, Long> applicability = rows.stream().collect(Collectors.groupingBy(Row::applicability, Collectors.counting()));
        Map<String, Long> implementation = rows.stream().collect(Collectors.groupingBy(Row::implementation, Collectors.counting()));
        return new Summary(rows.size(), count(applicability, "applicable"), count(applicability, "excluded"),
                count(applicability, "undecided"), count(implementation, "implemented"),
                count(implementation, "partially_implemented"), count(implementation, "not_implemented"));
    }

    private static int count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L).intValue();
    }

    /** The counts a printed SoA ends with. */
    public static List<ReportSummary> summaryCounts(StatementOfApplicability soa) {
        Summary s = soa.summary();
        return List.of(new ReportSummary("Annex A controls", s.controls()), new ReportSummary("Applicable", s.applicable()),
                new ReportSummary("Excluded", s.excluded()), new ReportSummary("Undecided", s.undecided()),
                new ReportSummary("Implemented", s.implemented()),
                new ReportSummary("Partially implemented", s.partiallyImplemented()),
                new ReportSummary("Not implemented", s.notImplemented()));
    }

    /** The SoA as one sheet: a row per Annex A control. */
    public static ReportTable table(StatementOfApplicability soa) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : soa.rows()) {
            rows.add(java.util.Arrays.asList(row.ref(), row.title(), row.theme(), row.applicability(), row.justification(),
                    row.reasons(), row.implementation(), row.coverage(), row.controls(), row.evidenceCount(),
                    row.risks().stream().map(TreatedRisk::toString).toList(), row.decidedBy(),
                    row.decidedAt() == null ? null : row.decidedAt().toString()));
        }
        return new ReportTable("Statement of Applicability", List.of("Control", "Title", "Theme", "Applicability",
                "Justification", "Reasons", "Implementation", "Coverage", "Controls", "Evidence", "Risks treated",
                "Decided by", "Decided at"), rows);
    }
}
