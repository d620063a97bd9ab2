package dev.crosswalk.support.trail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A checkpoint to check, as issued (the JWS). */
public record CheckpointRequest(@NotBlank @Size(max = 4000) String checkpoint) {
}
