package dev.crosswalk.support.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One unpublished outbox row, as the relay reads it. */
record OutboxRecord(long seq, UUID id, String tenantId, String eventType, String subject, String payload,
                    OffsetDateTime occurredAt) {
}
