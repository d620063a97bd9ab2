package dev.crosswalk.controls;

import java.util.UUID;

/** A tenant control as the catalog last announced it. */
public record KnownControl(UUID id, String refCode, String name, String frequency, String status) {
}
