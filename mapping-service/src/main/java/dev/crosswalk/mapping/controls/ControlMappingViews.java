package dev.crosswalk.mapping.controls;

import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import dev.crosswalk.mapping.crosswalk.Relationship;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the control-mapping API. */
public final class ControlMappingViews {
    private ControlMappingViews() {
    }

    public record Target(@NotBlank @Size(max = 64) String framework, @NotBlank @Size(max = 64) String ref) {
    }

    /** The full set of requirements a control is mapped to (a replacement). */
    public record MappingRequest(@NotNull @Size(max = 200) List<@Valid @NotNull Target> requirements) {
    }

    /** A requirement the crosswalk links to one the control is already mapped to. */
    public record Suggestion(RequirementId requirement, RequirementId because, Relationship relationship, int strength,
                             String rationale) {
    }

    /** One control's mappings in a bulk request. */
    public record BulkItem(@NotBlank @Size(max = 64) String control,
                           @NotNull @Size(max = 200) List<@Valid @NotNull Target> requirements) {
    }

    public record BulkItemResult(int index, String control, boolean mapped, List<RequirementId> requirements,
                                 dev.crosswalk.support.problem.Problem problem) {
    }

    public record BulkResult(int mapped, int rejected, List<BulkItemResult> results) {
    }

    public record ControlMappings(UUID controlId, String controlRef, List<RequirementId> requirements,
                                  List<Suggestion> suggestions) {
    }
}
