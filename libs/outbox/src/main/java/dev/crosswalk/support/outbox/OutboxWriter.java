package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    ObjectMapper objectMapper;

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
        return event.id;
    }
}
