package dev.crosswalk.catalog.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.OutboxDrain;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bundled framework reaches catalog.events once, as a framework.published CloudEvent with its requirements. */
@QuarkusTest
class FrameworkEventsTest {
    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    @Test
    void eachFrameworkIsAnnouncedOnceWithItsRequirementTitles() throws Exception {
        OutboxDrain.awaitEmpty(relay, Duration.ofSeconds(30));
        List<JsonNode> published = TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                        Topics.CATALOG_EVENTS).stream()
                .map(r -> {
                    try {
                        return json.readTree(r.value());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(e -> "framework.published".equals(e.path("type").asText())).toList();
        List<String> bundled = List.of("iso27001:2013", "iso27001:2022", "soc2-tsc:2017");
        assertEquals(bundled, published.stream().map(e -> e.path("subject").asText()).filter(bundled::contains)
                .sorted().toList(), "one event per bundled framework, however often the service started");
        JsonNode iso = published.stream().filter(e -> e.path("subject").asText().equals("iso27001:2022"))
                .findFirst().orElseThrow();
        assertEquals("_shared", iso.path("tenantid").asText());
        assertEquals(127, iso.path("data").path("requirements").size(), "34 clauses and 93 Annex A controls");
        JsonNode accessControl = null;
        for (JsonNode requirement : iso.path("data").path("requirements")) {
            if (requirement.path("ref").asText().equals("A.5.15")) {
                accessControl = requirement;
            }
        }
        assertEquals("Access control", accessControl.path("title").asText());
        assertEquals(64, iso.path("data").path("contentHash").asText().length());
    }
}
