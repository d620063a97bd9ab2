package dev.crosswalk.mapping.coverage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Refreshes and announces the coverage of tenants marked by evidence events. A mark is claimed for
 * {@link #LEASE} in a short transaction (SKIP LOCKED, so replicas share the work); the tenant's coverage is
 * then recomputed and its {@code coverage.changed} events written in a second transaction, which also
 * deletes the mark unless a batch marked the tenant again meanwhile (its generation moved): then the mark
 * goes to the back of the queue for the next refresh. Marking never waits for a refresh, and a refresh that
 * fails or dies leaves the mark to be claimed again when its lease runs out.
 */
@ApplicationScoped
public class CoverageRefreshJob {
    private static final Logger LOG = Logger.getLogger(CoverageRefreshJob.class);
    private static final int TENANTS_PER_ROUND = 100;
    static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    @Inject
    CoverageAnnouncer announcer;

    /** A claimed mark: the tenant, and the generation its refresh answers for. */
    record Claim(String tenantId, long generation) {
    }

    @Scheduled(every = "${mapping.coverage-refresh-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshMarkedTenants() {
        for (int round = 0; round < TENANTS_PER_ROUND; round++) {
            try {
                Optional<Claim> claim = QuarkusTransaction.requiringNew().call(this::claimOne);
                if (claim.isEmpty()) {
                    return;
                }
                refreshOrRelease(claim.get());
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

    Optional<Claim> claimOne() {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = entityManager.createNativeQuery("""
                        update coverage_refresh_due d set claimed_until = now() + make_interval(secs => ?1)
                        where d.tenant_id = (select tenant_id from coverage_refresh_due
                                             where claimed_until is null or claimed_until < now()
                                             order by marked_at limit 1 for update skip locked)
                        returning d.tenant_id, d.generation""")
                .setParameter(1, LEASE.toSeconds())
                .getResultList();
        return claimed.stream().findFirst().map(row -> new Claim((String) row[0], ((Number) row[1]).longValue()));
    }

    /** A failed refresh gives its claim back at once, so the next round retries it rather than the lease's end. */
    private void refreshOrRelease(Claim claim) {
        try {
            QuarkusTransaction.requiringNew().run(() -> refresh(claim));
        } catch (RuntimeException e) {
            try {
                QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                                "update coverage_refresh_due set claimed_until = null where tenant_id = ?1")
                        .setParameter(1, claim.tenantId()).executeUpdate());
            } catch (RuntimeException stillFailing) {
                e.addSuppressed(stillFailing);
            }
            throw e;
        }
    }

    void refresh(Claim claim) {
        announcer.refresh(claim.tenantId());
        int done = entityManager.createNativeQuery("delete from coverage_refresh_due where tenant_id = ?1 and generation = ?2")
                .setParameter(1, claim.tenantId()).setParameter(2, claim.generation()).executeUpdate();
        if (done == 0) {
            entityManager.createNativeQuery("""
                            update coverage_refresh_due set claimed_until = null, marked_at = now() where tenant_id = ?1""")
                    .setParameter(1, claim.tenantId()).executeUpdate();
        }
    }
}
