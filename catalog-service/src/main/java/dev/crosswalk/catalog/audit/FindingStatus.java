package dev.crosswalk.catalog.audit;

/** Whether a finding is still being dealt with; the wire value is the constant's name. */
public enum FindingStatus {
    open, closed
}
