package dev.crosswalk.events;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code control.library-upgraded}: the tenant applied a newer library version's mapping changes to a
 * control it adopted. Consumers that keep control mappings add {@code added} and remove {@code removed}; mappings
 * the tenant made itself are left as they are.
 */
public record LibraryUpgradeEventData(
        UUID controlId,
        String tenantId,
        String refCode,
        String libraryId,
        String fromVersion,
        String toVersion,
        List<ControlAdoptionEventData.Requirement> added,
        List<ControlAdoptionEventData.Requirement> removed) {
}
