package dev.crosswalk.controls;

import dev.crosswalk.events.ControlFrequency;
import java.util.UUID;

/**
 * A tenant control as the catalog last announced it; {@code frequency} is null when the catalog gave none, {@code owner}
 * and {@code description} when it has none (or announced it before events carried them).
 */
public record KnownControl(UUID id, String refCode, String name, ControlFrequency frequency, String status,
                           String owner, String description) {

    /** The stored wire value as the enum; null for none or a value this build does not know. */
    static ControlFrequency frequency(String stored) {
        return ControlFrequency.named(stored).orElse(null);
    }
}
