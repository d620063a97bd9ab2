package dev.crosswalk.events;

/** Kafka topics of the suite. Every record is keyed by tenant id, so one tenant's events stay in order. */
public final class Topics {
    public static final String CATALOG_EVENTS = "catalog.events";
    public static final String EVIDENCE_EVENTS = "evidence.events";
    public static final String MAPPING_EVENTS = "mapping.events";

    private Topics() {
    }
}
