package dev.crosswalk.catalog.control;

import dev.crosswalk.events.ControlFrequency;
import java.time.Instant;
import java.util.UUID;

public record ControlView(UUID id, String refCode, String name, String description, String owner,
                          ControlFrequency frequency, ControlStatus status, long version,
                          Instant createdAt, Instant updatedAt) {
    static ControlView of(TenantControl c) {
        return new ControlView(c.id, c.refCode, c.name, c.description, c.owner, c.frequency, c.status, c.currentVersion(),
                c.createdAt, c.updatedAt);
    }
}
