package dev.crosswalk.evidence.records;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.EvidenceResult;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * One piece of evidence as a script or a person submits it. Freshness comes from {@code validUntil}
 * or {@code validForDays} (counted from {@code collectedAt}); with neither, the service default applies.
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
        @NotBlank @Size(max = 200) String submitter) {

    /** Metadata about the artifact that backs the record; the bytes may have been uploaded here or live elsewhere. */
    public record ArtifactRef(
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters") String sha256,
            @PositiveOrZero Long size,
            @Size(max = 100) String mediaType,
            @Size(max = 2000) String uri) {
    }
}
