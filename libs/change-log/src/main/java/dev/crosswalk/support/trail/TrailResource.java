package dev.crosswalk.support.trail;

import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.paging.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The calling tenant's trail in a service: verify it, take a signed checkpoint, check one later. Each service
 * serves it under its own path with a subclass that carries only the {@code @Path} (e.g.
 * {@code /api/v1/evidence/trail}).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class TrailResource {
    static final int MAX_CHECKPOINT_LENGTH = 4000;

    @Inject
    TrailVerifier verifier;

    @Inject
    Checkpoints checkpoints;

    @Inject
    CheckpointSigner signer;

    @Inject
    Caller caller;

    @GET
    @Path("/verify")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    @Operation(operationId = "verifyTrail", summary = "Verify the tenant's hash-chained trail (all of it, or entries"
            + " from..to): every entry's content against the rows it seals and its link to the entry before; answers"
            + " the first broken link")
    public TrailVerification verify(@Parameter(description = "first entry to check (default 1)") @QueryParam("from") String from,
                                    @Parameter(description = "last entry to check (default the head)") @QueryParam("to") String to) {
        Long first = seq(from, "from");
        Long last = seq(to, "to");
        if (first != null && last != null && first > last) {
            throw QueryParams.bad("to", "must not be before from");
        }
        return verifier.verify(caller.tenantId(), first, last);
    }

    @GET
    @Path("/checkpoint")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    @Operation(operationId = "issueTrailCheckpoint", summary = "A checkpoint of the tenant's trail: its head (sequence"
            + " number and hash) and the time, signed by this service (JWS, Ed25519); keep it to prove later that"
            + " nothing before it was rewritten")
    public Checkpoint checkpoint() {
        return checkpoints.issue(caller.tenantId());
    }

    @GET
    @Path("/checkpoint/check")
    @Operation(operationId = "checkTrailCheckpoint", summary = "Check a checkpoint this service signed: its signature,"
            + " that the trail still has the hash it states, and that every entry up to it verifies")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    public CheckpointCheck check(@Parameter(description = "the checkpoint's JWS, as issued", required = true)
                                 @QueryParam("checkpoint") String checkpoint) {
        if (checkpoint == null || checkpoint.isBlank()) {
            throw QueryParams.bad("checkpoint", "is required");
        }
        if (checkpoint.length() > MAX_CHECKPOINT_LENGTH) {
            throw QueryParams.bad("checkpoint", "must be at most " + MAX_CHECKPOINT_LENGTH + " characters");
        }
        return checkpoints.check(caller.tenantId(), checkpoint);
    }

    @GET
    @Path("/checkpoint-key")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    @Operation(operationId = "getTrailCheckpointKey", summary = "The public key (JWK) checkpoints are signed with")
    public String key() {
        return signer.publicJwkJson();
    }

    private static Long seq(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(value.strip());
            if (seq >= 1) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw QueryParams.bad(name, "must be a whole number of at least 1");
    }

}
