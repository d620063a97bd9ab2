package dev.crosswalk.support.outbox;

import dev.crosswalk.support.persistence.SqlValues;
import dev.crosswalk.support.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Outbox rows the broker refused: each refusal counted, parked after too many, listed and retried by the operator. */
@ApplicationScoped
public class ParkedOutboxRows {
    private static final int ERROR_LENGTH = 2000;
    private static final String SELECT = """
            select seq, id, tenant_id, event_type, subject, coalesce(bundle_size, 1), attempts, last_error, occurred_at,
                   parked_at
            from outbox_event""";

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    /** A parked row as the operator sees it. */
    public record ParkedRow(long seq, UUID id, String tenantId, String eventType, String subject, int events,
                            int attempts, String lastError, Instant occurredAt, Instant parkedAt) {
    }

    /** Counts a refusal in the relay's transaction; true when it parked the row. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean refused(long seq, String error) {
        Object parkedAt = entityManager.createNativeQuery("""
                        update outbox_event set attempts = attempts + 1, last_error = ?1,
                            parked_at = case when attempts + 1 >= ?2 then now() end
                        where seq = ?3 returning parked_at""")
                .setParameter(1, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error)
                .setParameter(2, config.maxAttempts())
                .setParameter(3, seq)
                .getSingleResult();
        return parkedAt != null;
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where parked_at is not null")
                .getSingleResult()).longValue());
    }

    @Transactional
    public List<ParkedRow> list() {
        List<Object[]> rows = entityManager.createNativeQuery(SELECT + " where parked_at is not null order by seq limit 1000",
                Object[].class).getResultList();
        return rows.stream().map(ParkedOutboxRows::parkedRow).toList();
    }

    /** Puts a parked row back in line with its count reset (the relay tries it within a second); answers it as it was. */
    @Transactional
    public ParkedRow retry(long seq) {
        List<Object[]> found = entityManager.createNativeQuery(SELECT + " where seq = ?1 and parked_at is not null for update",
                Object[].class).setParameter(1, seq).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Parked outbox row", seq);
        }
        entityManager.createNativeQuery("update outbox_event set parked_at = null, attempts = 0 where seq = ?1")
                .setParameter(1, seq).executeUpdate();
        return parkedRow(found.get(0));
    }

    private static ParkedRow parkedRow(Object[] row) {
        return new ParkedRow(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), (String) row[7],
                SqlValues.instant(row[8]), SqlValues.instant(row[9]));
    }
}
