package dev.crosswalk.mapping.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.persistence.UntilDatabaseAvailable;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds {@link EvidenceProjection} from {@code evidence.events}, one poll at a time (the channel is a batch
 * channel): the poll's records are applied in order in one transaction, and their offsets committed
 * after it. While the database is unavailable the batch is retried until it applies, as in the catalog
 * consumer. One transaction per poll instead of per record is what lets the projection keep up with
 * hundreds of records a second (bench/README.md, evidence to coverage).
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
    public void consume(List<String> values) {
        List<IncomingEvent> events = new ArrayList<>(values.size());
        for (String value : values) {
            IncomingEvent.parse(value, objectMapper).ifPresentOrElse(events::add,
                    () -> LOG.warnf("Skipping an evidence.events record that is not a CloudEvent of the suite"));
        }
        if (!events.isEmpty()) {
            UntilDatabaseAvailable.run(events.size() + " evidence events from " + events.getFirst().id(),
                    () -> projection.applyAll(events));
        }
    }
}
