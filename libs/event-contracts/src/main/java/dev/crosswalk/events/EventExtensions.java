package dev.crosswalk.events;

/** CloudEvent extension attributes the suite sets on every event. */
public final class EventExtensions {
    /** The tenant the event belongs to (also the Kafka record key). */
    public static final String TENANT_ID = "tenantid";
    /** The tenant id of events about shared reference data (the catalogue's frameworks). */
    public static final String SHARED_TENANT = "_shared";

    private EventExtensions() {
    }
}
