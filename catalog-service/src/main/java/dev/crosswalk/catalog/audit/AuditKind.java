package dev.crosswalk.catalog.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of audit or review (ISO 27001 9.2, 9.3; certification stages); on the wire '_' is '-'. */
public enum AuditKind {
    internal_audit, management_review, stage_1, stage_2, surveillance, recertification;

    @JsonValue
    @Override
    public String toString() {
        return name().replace('_', '-');
    }
}
