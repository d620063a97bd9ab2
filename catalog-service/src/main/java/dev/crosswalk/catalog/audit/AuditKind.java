package dev.crosswalk.catalog.audit;

/** What kind of audit or review (ISO 27001 9.2, 9.3; certification stages). */
public enum AuditKind {
    internal_audit, management_review, stage_1, stage_2, surveillance, recertification;
}
