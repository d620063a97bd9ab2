package dev.crosswalk.catalog.applicability;

import dev.crosswalk.support.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a Statement of Applicability decision traceable: an exclusion is justified and carries no
 * inclusion reasons or risks; an inclusion names at least one reason; a risk_treatment reason names the
 * risks it treats. Whether those risks exist is the service's check.
 */
final class DecisionRules {
    private DecisionRules() {
    }

    /** The offending fields, each prefixed (e.g. {@code [3].}) for bulk items; empty when the decision is sound. */
    static List<FieldError> check(ApplicabilityRequest request, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        List<ApplicabilityReason> reasons = request.reasonList();
        if (Boolean.FALSE.equals(request.applicable())) {
            if (request.justification() == null || request.justification().isBlank()) {
                errors.add(new FieldError(prefix + "justification", "is required when the control is excluded"));
            }
            if (!reasons.isEmpty()) {
                errors.add(new FieldError(prefix + "reasons",
                        "must be empty when the control is excluded; the justification explains the exclusion"));
            }
            if (!request.riskIdList().isEmpty()) {
                errors.add(new FieldError(prefix + "riskIds", "must be empty when the control is excluded"));
            }
        } else if (Boolean.TRUE.equals(request.applicable())) {
            if (reasons.isEmpty()) {
                errors.add(new FieldError(prefix + "reasons", "must name at least one reason for including the control"));
            }
            if (reasons.contains(ApplicabilityReason.risk_treatment) && request.riskIdList().isEmpty()) {
                errors.add(new FieldError(prefix + "riskIds", "must name the treated risks when a reason is risk_treatment"));
            }
        }
        return errors;
    }
}
