package dev.crosswalk.events;

import java.time.Instant;

/**
 * Payload of {@code scope.recorded}: the newest version of a tenant's ISMS scope statement, as printed on its
 * Statement of Applicability. {@code version} grows with each recording; a consumer keeps the newest.
 */
public record ScopeEventData(String tenantId, String summary, int version, String recordedBy, Instant recordedAt) {
}
