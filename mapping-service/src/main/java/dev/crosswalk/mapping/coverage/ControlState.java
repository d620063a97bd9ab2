package dev.crosswalk.mapping.coverage;

import java.util.List;
import java.util.UUID;

/**
 * Whether a control operates, judged from its evidence: its latest accepted, fresh, current
 * pass-or-fail record decides (informational records do not). When it operates, {@code evidenceCount}
 * counts its qualifying passing records and {@code evidence} names the newest of them (at most
 * {@link ControlStates#NEWEST}).
 */
public record ControlState(UUID controlId, String refCode, Operation operation, List<UUID> evidence, long evidenceCount) {

    public enum Operation { operating, failing, unevidenced }

    boolean operates() {
        return operation == Operation.operating;
    }
}
