package dev.crosswalk.mapping.coverage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a control operates, judged from its evidence: its latest accepted, fresh, current
 * pass-or-fail record decides (informational records do not; see {@code EvidenceCounting}). When it
 * operates, {@code evidenceCount} counts its passing records that are evidence now, {@code evidence} names the
 * newest of them (at most {@link dev.crosswalk.mapping.projection.ControlEvidenceSummaries#NEWEST}), and
 * {@code operatesUntil} is when the deciding record expires: it operates at least until then if nothing new
 * arrives.
 */
public record ControlState(UUID controlId, String refCode, Operation operation, List<UUID> evidence, long evidenceCount,
                           Instant operatesUntil) {

    public enum Operation { operating, failing, unevidenced }

    /** A state without a known expiry (tests, and controls that do not operate). */
    public ControlState(UUID controlId, String refCode, Operation operation, List<UUID> evidence, long evidenceCount) {
        this(controlId, refCode, operation, evidence, evidenceCount, null);
    }

    boolean operates() {
        return operation == Operation.operating;
    }
}
