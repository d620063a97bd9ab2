package dev.crosswalk.catalog.applicability;

/** Where an Annex A control stands in the Statement of Applicability; the wire value is the constant's name. */
public enum ApplicabilityStatus {
    applicable, excluded, undecided
}
