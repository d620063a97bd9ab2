package dev.crosswalk.events;

/** CloudEvent {@code type} values published on {@link Topics#CATALOG_EVENTS}. */
public final class CatalogEventTypes {
    /** data: {@link ControlEventData}. */
    public static final String CONTROL_CREATED = "control.created";
    /** data: {@link ControlEventData}, the control as it is after the change. */
    public static final String CONTROL_UPDATED = "control.updated";
    /** data: {@link ControlEventData}, the control as it was when deleted. */
    public static final String CONTROL_DELETED = "control.deleted";

    private CatalogEventTypes() {
    }
}
