package dev.crosswalk.evidence.intake;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.EvidenceResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.evidence.artifacts.ArtifactRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * One piece of evidence as a script or a person submits it. Freshness comes from {@code validUntil}
 * or {@code validForDays} (counted from {@code collectedAt}); with neither, the service default applies.
 * {@code submitter} is only a display name: the record's submitter is the verified caller.
 */
public record EvidenceRequest(
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> controls,
        @NotNull EvidenceKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 100) String sourceSystem,
        @NotNull Instant collectedAt,
        Instant validUntil,
        @Positive @Max(3650) Integer validForDays,
        @NotNull EvidenceResult result,
        @Valid ArtifactRef artifact,
        JsonNode metadata,
        @Size(max = 200) String submitter) {
}
