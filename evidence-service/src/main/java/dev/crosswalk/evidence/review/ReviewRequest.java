package dev.crosswalk.evidence.review;

import dev.crosswalk.events.ReviewStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision; a rejection must say why. The reviewer is the verified caller; {@code reviewer} here is
 * only a display name, kept apart.
 */
public record ReviewRequest(
        @NotNull ReviewStatus decision,
        @Size(max = 200) String reviewer,
        @Size(max = 2000) String comment) {
}
