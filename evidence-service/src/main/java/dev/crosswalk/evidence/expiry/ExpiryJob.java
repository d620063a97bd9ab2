package dev.crosswalk.evidence.expiry;

import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceEvents;
import dev.crosswalk.events.EvidenceEventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Marks current records expired once their validUntil has passed and announces each with
 * {@code evidence.expired}, in the same transaction. Rows are locked with SKIP LOCKED, so replicas
 * can run the job side by side without announcing a record twice.
 */
@ApplicationScoped
public class ExpiryJob {
    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final int BATCH = 500;

    @Inject
    EvidenceEvents events;

    @Scheduled(every = "${evidence.expiry-interval:60s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueRecords() {
        try {
            int expired;
            do {
                expired = QuarkusTransaction.requiringNew().call(this::expireBatch);
            } while (expired == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Expiry run failed, retried at the next run: %s", e.getMessage());
        }
    }

    int expireBatch() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<java.util.UUID> due = Evidence.getEntityManager().createNativeQuery("""
                        select id from evidence
                        where valid_until <= ?1 and expired_at is null and superseded_by_id is null
                        order by valid_until limit ?2 for update skip locked""", java.util.UUID.class)
                .setParameter(1, now)
                .setParameter(2, BATCH)
                .getResultList();
        for (java.util.UUID id : due) {
            Evidence evidence = Evidence.findById(id);
            evidence.expiredAt = now;
            evidence.flush();
            events.announce(EvidenceEventTypes.EXPIRED, evidence);
        }
        return due.size();
    }
}
