package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the outbox table. It must run inside the transaction of the change it
 * announces, so both commit or neither does.
 */
@ApplicationScoped
public class OutboxWriter {
    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /** @return the event id, which is also the CloudEvent id consumers deduplicate on */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String tenantId, String eventType, String subject, Object data) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, tenant_id, event_type, subject, payload, occurred_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)""")
                .setParameter(1, id)
                .setParameter(2, tenantId)
                .setParameter(3, eventType)
                .setParameter(4, subject)
                .setParameter(5, toJson(data))
                .setParameter(6, Instant.now())
                .executeUpdate();
        return id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised", e);
        }
    }
}
