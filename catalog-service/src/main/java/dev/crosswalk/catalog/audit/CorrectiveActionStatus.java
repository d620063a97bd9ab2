package dev.crosswalk.catalog.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** Progress of a corrective action (ISO 27001 10.2); on the wire '_' is '-'. */
public enum CorrectiveActionStatus {
    open, in_progress, done;

    @JsonValue
    @Override
    public String toString() {
        return name().replace('_', '-');
    }
}
