package dev.crosswalk.mapping.reports;

import dev.crosswalk.mapping.isms.IsmsDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The heading of each printed report. The organisation is the tenant id: no service of the suite knows a display
 * name. The SoA and the work lists name the tenant's newest ISMS scope statement and its version (catalog's
 * {@code scope.recorded}). Who approved a SoA is the verified subject that took the snapshot printed (with the name it gave) (a current SoA is a working copy
 * nobody approved yet); the SOC 2 report's scope is the tenant's SOC 2 scope decision (its categories and version).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportHeadings {
    @Inject
    IsmsDecisions decisions;

    @Inject
    SoaSnapshots snapshots;

    public ReportHeading soa(String tenantId, StatementOfApplicability soa) {
        String approvedBy = soa.snapshotId() == null ? null : snapshots.approver(tenantId, soa.snapshotId()).orElse(null);
        return withIsmsScope(tenantId, "Statement of Applicability", day(soa.generatedAt()), approvedBy);
    }

    public ReportHeading soc2(String tenantId, Soc2CriteriaReport report) {
        String name = "SOC 2 criteria, " + report.periodFrom() + " to " + report.periodTo();
        return decisions.soc2ScopeDecision(tenantId)
                .map(scope -> new ReportHeading(tenantId, name, "Trust Services Categories: "
                        + String.join(", ", scope.categories()), scope.version(), day(report.generatedAt()), null))
                .orElseGet(() -> new ReportHeading(tenantId, name, "Trust Services Categories: all (no scope decided)",
                        null, day(report.generatedAt()), null));
    }

    /** A work list (gaps, delta, control set): whose it is and when, no approval. */
    public ReportHeading table(String tenantId, String report) {
        return withIsmsScope(tenantId, report, day(Instant.now()), null);
    }

    private ReportHeading withIsmsScope(String tenantId, String report, LocalDate date, String approvedBy) {
        return decisions.ismsScope(tenantId)
                .map(scope -> new ReportHeading(tenantId, report, scope.summary(), (long) scope.version(), date, approvedBy))
                .orElseGet(() -> new ReportHeading(tenantId, report, null, null, date, approvedBy));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
