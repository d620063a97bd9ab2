package dev.crosswalk.catalog.control;

/** Lifecycle of a tenant control; the wire value is the constant's name. */
public enum ControlStatus {
    draft, active, retired
}
