package dev.crosswalk.catalog.risk;

/** Where a risk stands; the wire value is the constant's name. */
public enum RiskStatus {
    open, treated, closed
}
