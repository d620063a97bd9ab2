package dev.crosswalk.catalog.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One line of the risk treatment plan (ISO 27001 6.1.3 e): what is done about a risk, by whom, by when. */
public record TreatmentPlanItem(UUID riskId, String title, String owner, RiskTreatment treatment, RiskStatus status,
                                LocalDate treatmentDueDate, boolean overdue, int inherentScore, Integer residualScore,
                                List<LinkedControl> controls) {

    public record LinkedControl(UUID id, String refCode, String name) {
    }
}
