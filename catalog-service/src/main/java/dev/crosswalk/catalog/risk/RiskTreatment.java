package dev.crosswalk.catalog.risk;

/** How a risk is treated (ISO 27001 6.1.3); the wire value is the constant's name. */
public enum RiskTreatment {
    mitigate, accept, transfer, avoid
}
