package dev.crosswalk.controls;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.inbox.ProcessedEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Base of a read model kept from {@code catalog.events}: what every such projection needs to apply an
 * event once (the processed-event inbox, in the caller's transaction) and to read its data.
 */
public abstract class CatalogProjection implements CatalogEventHandler {
    @Inject
    protected EntityManager entityManager;

    @Inject
    protected ObjectMapper objectMapper;

    @Inject
    ProcessedEvents processedEvents;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /** True the first time this projection sees the event; false for a redelivery or replay. */
    protected boolean firstDelivery(IncomingEvent event) {
        return processedEvents.firstDelivery(application + "/catalog.events" + consumerSuffix(), event.id());
    }

    /** Keeps each projection's processed events apart (e.g. {@code /isms}); the control directory's is empty. */
    protected abstract String consumerSuffix();
}
