package dev.crosswalk.catalog.applicability;

import dev.crosswalk.catalog.framework.Requirement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One Annex A control and a decision on it: the current one in the SoA, or an earlier one in its history.
 * An undecided control has status {@code undecided} and no decision fields. {@code decidedBy} is the verified
 * subject ({@code key:<id>}, {@code user:<sub>}), {@code decidedByName} what the client typed, shown apart.
 */
public record DecisionView(String requirementId, String title, String theme, ApplicabilityStatus status,
                           Boolean applicable, String justification, List<ApplicabilityReason> reasons,
                           List<UUID> riskIds, String decidedBy, String decidedByName, Instant decidedAt,
                           Integer version) {

    static DecisionView of(Requirement r, ApplicabilityDecision d) {
        if (d == null) {
            return new DecisionView(r.ref, r.title, r.groupCode, ApplicabilityStatus.undecided, null, null, List.of(),
                    List.of(), null, null, null, null);
        }
        return new DecisionView(r.ref, r.title, r.groupCode,
                d.applicable ? ApplicabilityStatus.applicable : ApplicabilityStatus.excluded, d.applicable,
                d.justification, d.reasons, d.riskIds, d.decidedBy, d.decidedByName, d.decidedAt, d.version);
    }
}
