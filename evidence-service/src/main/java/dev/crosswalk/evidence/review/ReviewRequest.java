package dev.crosswalk.evidence.review;

import dev.crosswalk.events.ReviewStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision; a rejection must say why. */
public record ReviewRequest(
        @NotNull ReviewStatus decision,
        @NotBlank @Size(max = 200) String reviewer,
        @Size(max = 2000) String comment) {
}
