package dev.crosswalk.catalog.applicability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of the bulk decision: at most one decision per Annex A control. */
public record BulkApplicabilityRequest(@NotNull @Size(min = 1, max = 93) List<@NotNull @Valid BulkDecision> decisions) {
}
