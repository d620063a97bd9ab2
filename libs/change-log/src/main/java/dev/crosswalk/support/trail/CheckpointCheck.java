package dev.crosswalk.support.trail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the trail still holds what a checkpoint states. */
@Schema(name = "TrailCheckpointCheck")
public record CheckpointCheck(
        @Schema(description = "true when the signature is this service's, the entry still has the hash the checkpoint"
                + " states, and every entry up to it verifies") boolean holds,
        boolean signatureValid,
        Long seq,
        @Schema(description = "the first broken link up to the checkpoint, or the entry whose hash differs") TrailVerification verification,
        String detail) {
}
