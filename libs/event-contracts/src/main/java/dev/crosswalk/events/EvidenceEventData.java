package dev.crosswalk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Snapshot of an evidence record as of the event: what a coverage projection needs to decide whether
 * the record counts (accepted, passing, fresh, not superseded) and for which controls.
 */
public record EvidenceEventData(
        UUID id,
        String tenantId,
        List<ControlRef> controls,
        String kind,
        String result,
        Instant collectedAt,
        Instant validUntil,
        String reviewStatus,
        boolean expired,
        UUID supersedes,
        UUID supersededBy,
        String artifactSha256,
        long version) {

    public record ControlRef(UUID id, String refCode) {
    }
}
