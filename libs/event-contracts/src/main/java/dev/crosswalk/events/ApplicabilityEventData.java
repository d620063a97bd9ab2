package dev.crosswalk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code applicability.decided}: a tenant's current Statement of Applicability decision for
 * one Annex A control. {@code version} grows with each decision for that control, so a consumer keeps
 * the newest. {@code reasons} holds why an applicable control is included (risk_treatment, legal,
 * contractual, business, best_practice); {@code riskIds} the register's risks it treats.
 */
public record ApplicabilityEventData(
        String tenantId,
        String requirementId,
        boolean applicable,
        String justification,
        List<String> reasons,
        List<UUID> riskIds,
        String decidedBy,
        Instant decidedAt,
        long version) {
}
