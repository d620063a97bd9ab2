package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records an event in the outbox table. It must run inside the transaction of the change it
 * announces, so both commit or neither does.
 */
@ApplicationScoped
public class OutboxWriter {
    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** One event for {@link #appendAll}: its data is serialised with the same mapper as {@link #append}'s. */
    public record Pending(String tenantId, String eventType, String subject, Object data) {
    }

    /** @return the event id, which is also the CloudEvent id consumers deduplicate on */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String tenantId, String eventType, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.tenantId = tenantId;
        event.eventType = eventType;
        event.subject = subject;
        event.payload = objectMapper.valueToTree(data);
        event.occurredAt = Instant.now();
        event.persist();
        wakeRelayAfterCommit();
        return event.id;
    }

    /**
     * Appends many events on the connection of the caller's transaction, in the given order, for bulk
     * writers that bypass Hibernate's persistence context. Consecutive events of one tenant and type share
     * one row (a bundle, see {@link OutboxBundle}): a bulk request of 500 records costs PostgreSQL one
     * outbox insert, and the relay one select and one update, instead of 500 each. The relay still publishes
     * one CloudEvent per event. Unlike {@link #append} the rows are sent at once, not at the next flush;
     * they commit or roll back with the transaction all the same.
     *
     * @return the event ids, in the order of {@code events}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<Pending> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        List<Row> rows = new ArrayList<>();
        int runStart = 0;
        for (int i = 0; i < events.size(); i++) {
            ids.add(UUID.randomUUID());
            boolean runEnds = i + 1 == events.size() || !sameRow(events.get(runStart), events.get(i + 1));
            if (runEnds) {
                rows.add(row(events.subList(runStart, i + 1), ids.subList(runStart, i + 1)));
                runStart = i + 1;
            }
        }
        if (rows.isEmpty()) {
            return ids;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, tenant_id, event_type, subject, payload, occurred_at, bundle_size)
                    values (?, ?, ?, ?, cast(? as json), ?, ?)""")) {
                OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
                for (Row row : rows) {
                    insert.setObject(1, row.id());
                    insert.setString(2, row.tenantId());
                    insert.setString(3, row.eventType());
                    insert.setString(4, row.subject());
                    insert.setString(5, row.payload());
                    insert.setObject(6, now);
                    if (row.bundleSize() == null) {
                        insert.setNull(7, Types.INTEGER);
                    } else {
                        insert.setInt(7, row.bundleSize());
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return ids;
    }

    /** An outbox row to insert: one event (bundleSize null, id the event's) or a bundle of them. */
    private record Row(UUID id, String tenantId, String eventType, String subject, String payload, Integer bundleSize) {
    }

    private static boolean sameRow(Pending a, Pending b) {
        return a.tenantId().equals(b.tenantId()) && a.eventType().equals(b.eventType());
    }

    private Row row(List<Pending> run, List<UUID> ids) {
        Pending first = run.getFirst();
        if (run.size() == 1) {
            return new Row(ids.getFirst(), first.tenantId(), first.eventType(), first.subject(), json(first.data()), null);
        }
        List<OutboxBundle.Member> members = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            members.add(new OutboxBundle.Member(ids.get(i), run.get(i).subject(), json(run.get(i).data())));
        }
        return new Row(UUID.randomUUID(), first.tenantId(), first.eventType(), run.size() + " events",
                OutboxBundle.encode(objectMapper, members), run.size());
    }

    /** Once per transaction: when it commits, the relay publishes its rows at once rather than at its next tick. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxWriter.class) != null) {
            return;
        }
        transactions.putResource(OutboxWriter.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String json(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the event data", e);
        }
    }
}
