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
import java.time.Instant;
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
     * Appends many events in one JDBC batch on the connection of the caller's transaction, in the given
     * order, for bulk writers that bypass Hibernate's persistence context. Unlike {@link #append} the
     * rows are sent at once, not at the next flush; they commit or roll back with the transaction all
     * the same, and the relay publishes them like any other row.
     *
     * @return the event ids, in the order of {@code events}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<Pending> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return ids;
        }
        List<String> payloads = new ArrayList<>(events.size());
        for (Pending event : events) {
            ids.add(UUID.randomUUID());
            payloads.add(json(event.data()));
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, tenant_id, event_type, subject, payload, occurred_at)
                    values (?, ?, ?, ?, cast(? as json), ?)""")) {
                for (int i = 0; i < events.size(); i++) {
                    Pending event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.tenantId());
                    insert.setString(3, event.eventType());
                    insert.setString(4, event.subject());
                    insert.setString(5, payloads.get(i));
                    insert.setObject(6, Instant.now().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return ids;
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
