package dev.crosswalk.support.trail;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed statement of a tenant's trail head at a moment; {@code checkpoint} is the JWS to keep. */
@Schema(name = "TrailCheckpoint")
public record Checkpoint(
        @Schema(description = "the JWS (EdDSA, Ed25519) whose payload holds service, tenant, seq, hash and issuedAt")
        String checkpoint,
        String service,
        long seq,
        @Schema(description = "the hash (hex) of entry seq; 64 zeros for an empty trail") String hash,
        Instant issuedAt,
        @Schema(description = "the signing key's id (its JWK thumbprint); the key is at .../trail/checkpoint-key")
        String keyId) {

    /** The payload the JWS signs. */
    public record Payload(String service, String tenant, long seq, String hash, Instant issuedAt) {
    }
}
