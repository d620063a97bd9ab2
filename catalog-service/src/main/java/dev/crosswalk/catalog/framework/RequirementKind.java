package dev.crosswalk.catalog.framework;

/** What a requirement is; the wire value is the constant's name. */
public enum RequirementKind {
    /** A management-system clause (ISO 27001 4.1 .. 10.2). */
    clause,
    /** An Annex A control (ISO 27001). */
    annex_control,
    /** A Trust Services Criterion (SOC 2). */
    criterion,
    /** A control of an imported catalogue (OSCAL or other frameworks). */
    control
}
