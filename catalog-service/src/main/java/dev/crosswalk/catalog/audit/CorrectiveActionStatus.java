package dev.crosswalk.catalog.audit;

/** Progress of a corrective action (ISO 27001 10.2). */
public enum CorrectiveActionStatus {
    open, in_progress, done;
}
