package dev.crosswalk.catalog.applicability;

/** Why an Annex A control is included in the Statement of Applicability. */
public enum ApplicabilityReason {
    risk_treatment, legal, contractual, business, best_practice;
}
