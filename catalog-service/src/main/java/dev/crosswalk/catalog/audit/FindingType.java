package dev.crosswalk.catalog.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** How serious an audit finding is; on the wire '_' is '-'. */
public enum FindingType {
    major_nonconformity, minor_nonconformity, observation, opportunity_for_improvement;

    @JsonValue
    @Override
    public String toString() {
        return name().replace('_', '-');
    }

    /** Nonconformities need corrective action (ISO 27001 10.2) before they can be closed. */
    public boolean isNonconformity() {
        return this == major_nonconformity || this == minor_nonconformity;
    }
}
