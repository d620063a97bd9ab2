package dev.crosswalk.catalog.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an audit stands; on the wire '_' is '-'. */
public enum AuditStatus {
    planned, in_progress, completed;

    @JsonValue
    @Override
    public String toString() {
        return name().replace('_', '-');
    }
}
