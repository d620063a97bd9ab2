package dev.crosswalk.evidence.artifacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Metadata about the artifact that backs a record; the bytes may have been uploaded here or live elsewhere. */
public record ArtifactRef(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters") String sha256,
        @PositiveOrZero @Schema(maximum = "9223372036854775807") Long size,
        @Size(max = 100) String mediaType,
        @Size(max = 2000) String uri) {
}
