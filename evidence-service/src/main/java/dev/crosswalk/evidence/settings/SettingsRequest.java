package dev.crosswalk.evidence.settings;

import jakarta.validation.constraints.NotNull;

/** The whole settings of a tenant, as PUT replaces them. */
public record SettingsRequest(@NotNull Boolean segregationOfDuties) {
}
