package dev.crosswalk.evidence;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/** A tenant's CloudEvents on evidence.events, read back from the real broker. */
public final class PublishedEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    /** Every event committed so far, once the outbox is empty (the broker acknowledged them all). */
    public static List<JsonNode> of(String tenant) {
        OutboxRelay relay = Arc.container().instance(OutboxRelay.class).get();
        await("an empty outbox").atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        return onTopic(tenant);
    }

    /** What the topic holds for the tenant now, without waiting for the outbox. */
    public static List<JsonNode> onTopic(String tenant) {
        return TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(), Topics.EVIDENCE_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()))
                .map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    public static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asText())).toList();
    }
}
