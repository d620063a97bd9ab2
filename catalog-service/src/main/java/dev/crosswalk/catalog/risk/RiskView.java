package dev.crosswalk.catalog.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RiskView(UUID id, String title, String description, String owner, int likelihood, int impact,
                       int inherentScore, Integer residualLikelihood, Integer residualImpact, Integer residualScore,
                       RiskTreatment treatment, RiskStatus status, List<UUID> controlIds, LocalDate treatmentDueDate,
                       long version, Instant createdAt, Instant updatedAt) {
    static RiskView of(Risk r) {
        return new RiskView(r.id, r.title, r.description, r.owner, r.likelihood, r.impact, r.inherentScore,
                r.residualLikelihood, r.residualImpact, r.residualScore, r.treatment, r.status, r.sortedControlIds(),
                r.treatmentDue, r.currentVersion(), r.createdAt, r.updatedAt);
    }
}
