package dev.crosswalk.catalog.control;

import dev.crosswalk.events.ControlFrequency;
import java.time.Instant;
import java.util.UUID;

/** A tenant control; {@code libraryId} and {@code libraryVersion} when it was adopted from the common control library. */
public record ControlView(UUID id, String refCode, String name, String description, String owner,
                          ControlFrequency frequency, ControlStatus status, long version,
                          Instant createdAt, Instant updatedAt, String libraryId, String libraryVersion) {
    static ControlView of(TenantControl c) {
        return new ControlView(c.id, c.refCode, c.name, c.description, c.owner, c.frequency, c.status, c.currentVersion(),
                c.createdAt, c.updatedAt, c.libraryId, c.libraryVersion);
    }
}
