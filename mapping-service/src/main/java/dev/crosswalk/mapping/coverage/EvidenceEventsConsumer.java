package dev.crosswalk.mapping.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.persistence.UntilDatabaseAvailable;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@link EvidenceProjection} from {@code evidence.events}, in order, committing offsets after each
 * record. While the database is unavailable a record is retried until it applies, as in the catalog consumer.
 */
@ApplicationScoped
public class EvidenceEventsConsumer {
    private static final Logger LOG = Logger.getLogger(EvidenceEventsConsumer.class);

    @Inject
    EvidenceProjection projection;

    @Inject
    ObjectMapper objectMapper;

    @Incoming("evidence-events")
    @Blocking
    public void consume(String value) {
        IncomingEvent.parse(value, objectMapper).ifPresentOrElse(
                event -> UntilDatabaseAvailable.run("evidence event " + event.id(), () -> projection.apply(event)),
                () -> LOG.warnf("Skipping an evidence.events record that is not a CloudEvent of the suite"));
    }
}
