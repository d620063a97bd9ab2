package dev.crosswalk.events;

/** CloudEvent extension attributes the suite sets on every event. */
public final class EventExtensions {
    /** The tenant the event belongs to (also the Kafka record key). */
    public static final String TENANT_ID = "tenantid";

    private EventExtensions() {
    }
}
