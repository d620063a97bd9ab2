package dev.crosswalk.catalog.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.problem.Problem.FieldError;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {
    private static List<String> fields(ApplicabilityRequest request) {
        return DecisionRules.check(request, "decisions[4].").stream().map(FieldError::field).toList();
    }

    @Test
    void aJustifiedExclusionWithoutReasonsIsSound() {
        assertEquals(List.of(), fields(new ApplicabilityRequest(false, "No premises", null, null, "ciso")));
    }

    @Test
    void anExclusionNeedsAJustificationAndCarriesNoReasonsOrRisks() {
        assertEquals(List.of("decisions[4].justification", "decisions[4].reasons", "decisions[4].riskIds"),
                fields(new ApplicabilityRequest(false, " ", List.of(ApplicabilityReason.legal),
                        List.of(UUID.randomUUID()), "ciso")));
    }

    @Test
    void anInclusionNeedsAReason() {
        assertEquals(List.of("decisions[4].reasons"), fields(new ApplicabilityRequest(true, "why", List.of(), null, "ciso")));
        assertEquals(List.of(), fields(new ApplicabilityRequest(true, null, List.of(ApplicabilityReason.contractual),
                null, "ciso")));
    }

    @Test
    void riskTreatmentNeedsTheTreatedRisks() {
        assertEquals(List.of("decisions[4].riskIds"), fields(new ApplicabilityRequest(true, null,
                List.of(ApplicabilityReason.risk_treatment, ApplicabilityReason.legal), List.of(), "ciso")));
        assertEquals(List.of(), fields(new ApplicabilityRequest(true, null,
                List.of(ApplicabilityReason.risk_treatment), List.of(UUID.randomUUID()), "ciso")));
    }
}
