package dev.crosswalk.controls;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.persistence.UntilDatabaseAvailable;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the service's {@link CatalogEventHandler}s (at least the {@link ControlDirectory}) from {@code catalog.events}, one record at a time and in order; the
 * offset is committed only after the record's transaction. A record that is not one of our
 * CloudEvents can never be applied and is skipped. While the database is unavailable the record is
 * retried, backing off up to 5 s, until it applies (the partition waits, order is kept); any other
 * failure stops the channel (the service turns unhealthy and resumes from the last committed offset
 * after a restart), so nothing is lost.
 */
@ApplicationScoped
public class CatalogEventsConsumer {
    private static final Logger LOG = Logger.getLogger(CatalogEventsConsumer.class);

    @Inject
    Instance<CatalogEventHandler> handlers;

    @Inject
    ObjectMapper objectMapper;

    @Incoming("catalog-events")
    @Blocking
    public void consume(String value) {
        IncomingEvent.parse(value, objectMapper).ifPresentOrElse(
                event -> UntilDatabaseAvailable.run("catalog event " + event.id(), () -> dispatch(event)),
                () -> LOG.warnf("Skipping a catalog.events record that is not a CloudEvent of the suite"));
    }

    private void dispatch(IncomingEvent event) {
        for (CatalogEventHandler handler : handlers) {
            if (handler.types().contains(event.type())) {
                handler.apply(event);
            }
        }
    }
}
