package dev.crosswalk.catalog.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of create and update (a full replacement). Scores are computed, never sent; the residual pair
 * is given together or not at all; {@code status} defaults to {@code open}.
 */
public record RiskRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Min(1) @Max(5) Integer residualLikelihood,
        @Min(1) @Max(5) Integer residualImpact,
        @NotNull RiskTreatment treatment,
        RiskStatus status,
        @Size(max = 100) List<@NotNull UUID> controlIds,
        LocalDate treatmentDueDate) {
}
