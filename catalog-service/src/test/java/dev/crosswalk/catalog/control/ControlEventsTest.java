package dev.crosswalk.catalog.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.OutboxDrain;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each committed control change reaches catalog.events exactly once, as a CloudEvent keyed by tenant. */
@QuarkusTest
class ControlEventsTest {
    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    @Test
    void aCreatedUpdatedAndDeletedControlProducesExactlyOneEventEach() throws Exception {
        String tenant = "ev-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"refCode\": \"EV-1\", \"name\": \"Backup restore test\", \"frequency\": \"monthly\"}")
                .when().post("/api/v1/catalog/controls").then().statusCode(201).extract().path("id");
        given().header("X-Tenant-Id", tenant).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"refCode\": \"EV-1\", \"name\": \"Backup restore drill\", \"frequency\": \"monthly\"}")
                .when().put("/api/v1/catalog/controls/" + id).then().statusCode(200);
        given().header("X-Tenant-Id", tenant).when().delete("/api/v1/catalog/controls/" + id).then().statusCode(204);

        OutboxDrain.awaitEmpty(relay, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> events = TopicReader.readAll(
                KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()))
                .toList();

        assertEquals(List.of("control.created", "control.updated", "control.deleted"),
                events.stream().map(r -> field(r, "type")).toList());
        for (ConsumerRecord<String, String> event : events) {
            JsonNode cloudEvent = json.readTree(event.value());
            assertEquals("1.0", cloudEvent.path("specversion").asText());
            assertEquals("/catalog-service", cloudEvent.path("source").asText());
            assertEquals(id, cloudEvent.path("subject").asText());
            assertEquals(tenant, cloudEvent.path("tenantid").asText());
            assertEquals("EV-1", cloudEvent.path("data").path("refCode").asText());
        }
        assertEquals(1L, json.readTree(events.get(1).value()).path("data").path("version").asLong());
        assertEquals(3, events.stream().map(r -> field(r, "id")).distinct().count(), "event ids are unique");
    }

    private String field(ConsumerRecord<String, String> record, String name) {
        try {
            return json.readTree(record.value()).path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
