package dev.crosswalk.catalog.soc2scope;

/** The five Trust Services categories, in AICPA's order; a SOC 2 report always covers security. */
public enum TscCategory {
    security, availability, confidentiality, processing_integrity, privacy
}
