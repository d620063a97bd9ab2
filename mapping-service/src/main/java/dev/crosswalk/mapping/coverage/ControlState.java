package dev.crosswalk.mapping.coverage;

import java.util.List;
import java.util.UUID;

/**
 * Whether a control operates, judged from its evidence: its latest accepted, fresh, current
 * pass-or-fail record decides (informational records do not). {@code evidence} lists the records
 * that make it so.
 */
public record ControlState(UUID controlId, String refCode, Operation operation, List<UUID> evidence) {

    public enum Operation { operating, failing, unevidenced }

    boolean operates() {
        return operation == Operation.operating;
    }
}
