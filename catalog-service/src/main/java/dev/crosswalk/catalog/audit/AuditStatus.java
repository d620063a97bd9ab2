package dev.crosswalk.catalog.audit;

/** Where an audit stands. */
public enum AuditStatus {
    planned, in_progress, completed;
}
