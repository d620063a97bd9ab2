package dev.crosswalk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Snapshot of an evidence record as of the event: what a coverage projection needs to decide whether
 * the record counts ({@link dev.crosswalk.rules.EvidenceCounting}) and for which controls. {@code result} and
 * {@code reviewStatus} are enums: a value a consumer does not know makes the payload unreadable, never a silent
 * mismatch of literals.
 */
public record EvidenceEventData(
        UUID id,
        String tenantId,
        List<ControlRef> controls,
        String kind,
        EvidenceResult result,
        Instant collectedAt,
        Instant validUntil,
        ReviewStatus reviewStatus,
        boolean expired,
        UUID supersedes,
        UUID supersededBy,
        String artifactSha256,
        long version) {

    public record ControlRef(UUID id, String refCode) {
    }
}
