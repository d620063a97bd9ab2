package dev.crosswalk.catalog.applicability;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Body of a decision for one Annex A control; the rules between fields are in {@link DecisionRules}. Who decided is
 * the verified caller; {@code decidedBy} here is only a display name, kept apart.
 */
public record ApplicabilityRequest(
        @NotNull Boolean applicable,
        @Size(max = 4000) String justification,
        @Size(max = 10) List<@NotNull ApplicabilityReason> reasons,
        @Size(max = 100) List<@NotNull UUID> riskIds,
        @Size(max = 200) String decidedBy) {

    List<ApplicabilityReason> reasonList() {
        return reasons == null ? List.of() : reasons.stream().distinct().toList();
    }

    List<UUID> riskIdList() {
        return riskIds == null ? List.of() : riskIds.stream().distinct().toList();
    }
}
