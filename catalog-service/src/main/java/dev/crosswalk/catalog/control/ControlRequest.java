package dev.crosswalk.catalog.control;

import dev.crosswalk.events.ControlFrequency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of create and update (a full replacement); {@code status} defaults to {@code active}. */
public record ControlRequest(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        String refCode,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Size(max = 200) String owner,
        @NotNull ControlFrequency frequency,
        ControlStatus status) {
}
