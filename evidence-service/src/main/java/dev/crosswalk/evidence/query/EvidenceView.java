package dev.crosswalk.evidence.query;

import dev.crosswalk.evidence.artifacts.ArtifactRef;
import dev.crosswalk.evidence.expiry.Freshness;
import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record as the API shows it. {@code submitter} and {@code review.reviewer} are the verified subjects the
 * gateway signed ({@code key:<id>}, {@code user:<sub>}; null on records from before they were recorded);
 * {@code submitterName} and {@code review.reviewerName} are what the client typed, shown apart and never trusted.
 */
public record EvidenceView(
        UUID id,
        List<ControlRef> controls,
        EvidenceKind kind,
        String title,
        String sourceSystem,
        Instant collectedAt,
        Instant validUntil,
        Freshness freshness,
        EvidenceResult result,
        ArtifactRef artifact,
        JsonNode metadata,
        String submitter,
        String submitterName,
        Review review,
        UUID supersedes,
        UUID supersededBy,
        Instant createdAt,
        long version) {

    public record ControlRef(UUID id, String refCode) {
    }

    public record Review(ReviewStatus status, String reviewer, String reviewerName, Instant reviewedAt, String comment) {
    }
}
