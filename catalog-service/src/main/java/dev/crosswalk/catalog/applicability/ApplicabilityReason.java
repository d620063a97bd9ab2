package dev.crosswalk.catalog.applicability;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an Annex A control is included in the Statement of Applicability; on the wire '_' is '-'. */
public enum ApplicabilityReason {
    risk_treatment, legal, contractual, business, best_practice;

    @JsonValue
    @Override
    public String toString() {
        return name().replace('_', '-');
    }
}
