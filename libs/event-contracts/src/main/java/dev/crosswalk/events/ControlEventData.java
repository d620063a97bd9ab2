package dev.crosswalk.events;

import java.util.UUID;

/**
 * Payload of the {@code control.*} CloudEvents: a snapshot of one tenant control.
 * {@code version} grows with every change, so a consumer can ignore a snapshot older than the one it holds;
 * {@code description} came last (older events have none).
 */
public record ControlEventData(
        UUID id,
        String tenantId,
        String refCode,
        String name,
        String owner,
        ControlFrequency frequency,
        String status,
        long version,
        String description) {
}
