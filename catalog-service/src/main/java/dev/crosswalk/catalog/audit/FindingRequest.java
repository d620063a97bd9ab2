package dev.crosswalk.catalog.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of a new finding. {@code requirementId} optionally names the requirement it is raised against,
 * in {@code framework} (default {@code iso27001:2022}).
 */
public record FindingRequest(
        @NotNull FindingType type,
        @Size(max = 64) String framework,
        @Size(max = 64) String requirementId,
        @NotBlank @Size(max = 4000) String description) {
}
