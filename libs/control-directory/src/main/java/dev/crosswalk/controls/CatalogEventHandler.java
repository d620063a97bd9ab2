package dev.crosswalk.controls;

import dev.crosswalk.support.events.IncomingEvent;
import java.util.Set;

/**
 * One read model fed from {@code catalog.events}. Each handler applies the event types it names, in
 * its own transaction, once per event id.
 */
public interface CatalogEventHandler {
    Set<String> types();

    void apply(IncomingEvent event);
}
