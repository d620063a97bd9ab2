package dev.crosswalk.events;

import java.util.List;
import java.util.UUID;

/**
 * Payload of the {@code risk.*} events: a snapshot of one risk of a tenant's register, with the tenant
 * controls that treat it. Scores are likelihood x impact (1-5 each); {@code residualScore} is null
 * until assessed. {@code version} grows with every change.
 */
public record RiskEventData(
        UUID id,
        String tenantId,
        String title,
        String owner,
        int inherentScore,
        Integer residualScore,
        String treatment,
        List<UUID> controlIds,
        long version) {
}
