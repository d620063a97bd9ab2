package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.MappingConfig;
import dev.crosswalk.mapping.crosswalk.Crosswalk;
import dev.crosswalk.support.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Announces coverage changes on {@code mapping.events}: after anything that can move coverage
 * (an evidence event, a mapping or an override), the tenant's coverage is recomputed and compared
 * with the last announced snapshot; each framework with changed requirements gets one
 * {@code coverage.changed} event, written in the same transaction as the change that caused it.
 * Evidence events, which arrive by the thousand, only mark the tenant ({@link #markDue}); the
 * {@link CoverageRefreshJob} then refreshes it once for all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoverageAnnouncer {
    public static final String COVERAGE_CHANGED = "coverage.changed";

    @Inject
    CoverageService coverage;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MappingConfig config;

    public record Change(String ref, String from, String to) {
    }

    /** Data of {@code coverage.changed}. */
    public record CoverageChangedData(String tenantId, String framework, List<Change> changes, int satisfied, int partial,
                                      int gap) {
    }

    /**
     * Notes, in the caller's transaction, that the tenants' coverage must be refreshed soon: a new mark, or
     * the next generation of a mark a refresh may be working on (so that refresh leaves it for the next one).
     * Tenants are marked in a fixed order, so two batches marking the same tenants cannot deadlock.
     */
    public void markDue(Collection<String> tenantIds) {
        if (tenantIds.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("""
                    insert into coverage_refresh_due (tenant_id) select t from unnest(?::varchar[]) as t order by t
                    on conflict (tenant_id) do update set generation = coverage_refresh_due.generation + 1""")) {
                mark.setArray(1, connection.createArrayOf("varchar", new TreeSet<>(tenantIds).toArray()));
                mark.executeUpdate();
            }
        });
    }

    public void refresh(String tenantId) {
        if (Crosswalk.findById(config.coverageCrosswalk()) == null) {
            return;
        }
        for (CoverageViews.FrameworkCoverage now : coverage.coverageOfBoth(tenantId)) {
            String framework = now.framework();
            Map<String, String> before = snapshot(tenantId, framework);
            List<Change> changes = new ArrayList<>();
            for (RequirementCoverage requirement : now.requirements()) {
                String was = before.getOrDefault(requirement.ref(), CoverageStatus.gap.name());
                String is = requirement.status().name();
                if (!was.equals(is)) {
                    changes.add(new Change(requirement.ref(), was, is));
                    entityManager.createNativeQuery("""
                                    insert into coverage_snapshot (tenant_id, framework, requirement_ref, status)
                                    values (?1, ?2, ?3, ?4)
                                    on conflict (tenant_id, framework, requirement_ref) do update set status = excluded.status""")
                            .setParameter(1, tenantId).setParameter(2, framework).setParameter(3, requirement.ref())
                            .setParameter(4, is).executeUpdate();
                }
            }
            if (!changes.isEmpty()) {
                CoverageViews.Summary summary = now.summary();
                outbox.append(tenantId, COVERAGE_CHANGED, framework, new CoverageChangedData(tenantId, framework, changes,
                        summary.satisfied(), summary.partial(), summary.gap()));
            }
        }
    }

    private Map<String, String> snapshot(String tenantId, String framework) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select requirement_ref, status from coverage_snapshot where tenant_id = ?1 and framework = ?2""")
                .setParameter(1, tenantId).setParameter(2, framework).getResultList();
        Map<String, String> statuses = new HashMap<>();
        rows.forEach(row -> statuses.put((String) row[0], (String) row[1]));
        return statuses;
    }
}
