package dev.crosswalk.evidence.query;

import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A record with its history: the records it corrected (oldest first) and every review decision. */
public record EvidenceDetail(EvidenceView evidence, List<Version> versions, List<Decision> reviews) {

    public record Version(UUID id, String title, EvidenceResult result, Instant collectedAt, Instant createdAt,
                          UUID supersededBy) {
    }

    /** {@code reviewer} verified, {@code reviewerName} as the client typed it (see {@link EvidenceView}). */
    public record Decision(ReviewStatus decision, String reviewer, String reviewerName, String comment,
                           Instant decidedAt) {
    }
}
