package dev.crosswalk.mapping.coverage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refreshes and announces the coverage of tenants marked by evidence events, each in its own
 * transaction: the mark is taken with SKIP LOCKED (so replicas share the work), deleted, and the
 * tenant's {@code coverage.changed} events written, all or nothing. An event that arrives during a
 * refresh marks its tenant again, so it is announced by the next round.
 */
@ApplicationScoped
public class CoverageRefreshJob {
    private static final Logger LOG = Logger.getLogger(CoverageRefreshJob.class);
    private static final int TENANTS_PER_ROUND = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    CoverageAnnouncer announcer;

    @Scheduled(every = "${mapping.coverage-refresh-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshMarkedTenants() {
        for (int round = 0; round < TENANTS_PER_ROUND; round++) {
            try {
                if (!QuarkusTransaction.requiringNew().call(this::refreshOne)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Coverage refresh failed, the tenant stays marked and is retried: %s", e.getMessage());
                return;
            }
        }
    }

    /** Tenants still waiting for their refresh; for health checks and tests. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from coverage_refresh_due").getSingleResult()).longValue());
    }

    private boolean refreshOne() {
        @SuppressWarnings("unchecked")
        List<String> tenant = entityManager.createNativeQuery("""
                        select tenant_id from coverage_refresh_due order by marked_at limit 1 for update skip locked""")
                .getResultList();
        if (tenant.isEmpty()) {
            return false;
        }
        entityManager.createNativeQuery("delete from coverage_refresh_due where tenant_id = ?1")
                .setParameter(1, tenant.getFirst()).executeUpdate();
        announcer.refresh(tenant.getFirst());
        return true;
    }
}
