package dev.crosswalk.catalog.applicability;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** One item of a bulk decision: the control and the same fields as {@link ApplicabilityRequest}. */
public record BulkDecision(
        @NotBlank @Size(max = 64) String requirementId,
        @NotNull Boolean applicable,
        @Size(max = 4000) String justification,
        @Size(max = 10) List<@NotNull ApplicabilityReason> reasons,
        @Size(max = 100) List<@NotNull UUID> riskIds,
        @Size(max = 200) String decidedBy) {

    @JsonIgnore
    ApplicabilityRequest decision() {
        return new ApplicabilityRequest(applicable, justification, reasons, riskIds, decidedBy);
    }
}
