package dev.crosswalk.catalog.audit;

/** How serious an audit finding is. */
public enum FindingType {
    major_nonconformity, minor_nonconformity, observation, opportunity_for_improvement;

    /** Nonconformities need corrective action (ISO 27001 10.2) before they can be closed. */
    public boolean isNonconformity() {
        return this == major_nonconformity || this == minor_nonconformity;
    }
}
