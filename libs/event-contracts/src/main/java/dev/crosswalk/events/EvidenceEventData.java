package dev.crosswalk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Snapshot of an evidence record as of the event: what a coverage projection needs to decide whether
 * the record counts ({@link dev.crosswalk.rules.EvidenceCounting}) and for which controls. {@code result} and
 * {@code reviewStatus} are enums: a value a consumer does not know makes the payload unreadable, never a silent
 * mismatch of literals. {@code submittedBy} and {@code reviewedBy} are the verified subjects that submitted and last
 * reviewed the record (null when unknown: not reviewed yet, or recorded before subjects were), never what a client
 * typed; a consumer compares them to tell a review by someone else from a self-review.
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
        long version,
        String submittedBy,
        String reviewedBy) {

    public record ControlRef(UUID id, String refCode) {
    }
}
