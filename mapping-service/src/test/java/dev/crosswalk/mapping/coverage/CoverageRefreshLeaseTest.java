package dev.crosswalk.mapping.coverage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An evidence batch that marks a tenant while the tenant's coverage is being refreshed neither waits for
 * that refresh nor is lost: the refresh leaves the mark (its generation moved) for the next one.
 */
@QuarkusTest
class CoverageRefreshLeaseTest {
    private final String tenant = "lease-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CoverageAnnouncer announcer;

    @Inject
    CoverageRefreshJob job;

    @Inject
    EntityManager entityManager;

    @Test
    void aMarkDuringARefreshNeitherWaitsNorIsLost() throws Exception {
        // claimed here rather than by claimOne, so the scheduled job (which skips claimed marks) cannot take it first
        CoverageRefreshJob.Claim claim = QuarkusTransaction.requiringNew().call(() -> {
            announcer.markDue(Set.of(tenant));
            long generation = ((Number) entityManager.createNativeQuery("""
                            update coverage_refresh_due set claimed_until = now() + interval '60 seconds'
                            where tenant_id = ?1 returning generation""")
                    .setParameter(1, tenant).getSingleResult()).longValue();
            return new CoverageRefreshJob.Claim(tenant, generation);
        });
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch marked = new CountDownLatch(1);
        CompletableFuture<Void> refresh = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            announcer.refresh(tenant);
            computing.countDown();
            waitFor(marked);
            job.refresh(claim);
        }));
        waitFor(computing);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("set local lock_timeout = '2s'").executeUpdate();
            announcer.markDue(List.of(tenant));
        });
        marked.countDown();
        refresh.get(30, TimeUnit.SECONDS);

        Object[] mark = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select generation, claimed_until from coverage_refresh_due where tenant_id = ?1")
                .setParameter(1, tenant).getSingleResult());
        assertEquals(claim.generation() + 1, ((Number) mark[0]).longValue(), "the second mark is a new generation");
        assertNull(mark[1], "the refresh gave the mark back for the next refresh");

        await("the next refresh takes the mark").atMost(Duration.ofSeconds(20)).until(() -> marks() == 0);
    }

    private long marks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from coverage_refresh_due where tenant_id = ?1").setParameter(1, tenant)
                .getSingleResult()).longValue());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
