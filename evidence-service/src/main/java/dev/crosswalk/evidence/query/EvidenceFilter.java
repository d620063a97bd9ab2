package dev.crosswalk.evidence.query;

import dev.crosswalk.evidence.expiry.Freshness;
import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import java.time.Instant;

/** Optional filters of the evidence list; null means "any". Superseded records are left out unless asked for. */
public record EvidenceFilter(String controlRef, EvidenceKind kind, EvidenceResult result, ReviewStatus reviewStatus,
                             Freshness freshness, Instant collectedFrom, Instant collectedTo, boolean includeSuperseded) {
}
