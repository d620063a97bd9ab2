package dev.crosswalk.mapping.crosswalk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.resources.ClasspathJson;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Tenants follow the crosswalk version in use: when a new one is loaded, an override of a link it changed is
 * flagged for review, and coverage a removed link carried is recomputed and announced as coverage.changed.
 */
@QuarkusTest
class CrosswalkVersionChangeTest {
    private static final String CROSSWALK = "iso27001-2022_soc2-tsc-2017";
    private final String tenant = "version-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CrosswalkLoader loader;

    @Inject
    ObjectMapper objectMapper;

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private String soc2Status(String ref) {
        return api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().path("requirements.find { it.ref == '" + ref + "' }.status");
    }

    @Test
    void aNewVersionFlagsOverridesOfChangedLinksAndAnnouncesTheCoverageItMoves() throws Exception {
        CrosswalkDocument current = ClasspathJson.read(objectMapper, "crosswalk/" + CROSSWALK + ".json", CrosswalkDocument.class);
        UUID control = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "MFA-1", "name": "MFA", "owner": "it", "frequency": "daily",
                     "status": "active", "version": 0}""".formatted(control, tenant));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().body(
                            "{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.8.5\"}]}")
                    .when().put("/api/v1/mappings/controls/MFA-1").statusCode() == 200);
            UUID record = UUID.randomUUID();
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(), """
                    {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "MFA-1"}], "kind": "automated_check",
                     "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                     "expired": false, "version": 1}""".formatted(record, tenant, control,
                    Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS)));
            await().atMost(Duration.ofSeconds(30)).until(() -> "partial".equals(soc2Status("CC6.1")));
        }
        api().body(Map.of("source", "A.8.5", "target", "CC6.6", "action", "retype", "relationship", "intersects_with",
                        "strength", 8, "rationale", "Our MFA covers every remote and external access path"))
                .when().put("/api/v1/mappings/crosswalks/" + CROSSWALK + "/overrides").then().statusCode(200)
                .body("needsReview", equalTo(false));

        List<CrosswalkDocument.Link> links = new ArrayList<>();
        for (CrosswalkDocument.Link link : current.links()) {
            if (link.source().equals("A.8.5") && link.target().equals("CC6.1")) {
                continue; // removed in the new version
            }
            links.add(link.source().equals("A.8.5") && link.target().equals("CC6.6")
                    ? new CrosswalkDocument.Link("A.8.5", "CC6.6", link.relationship(), 7, link.rationale(), link.residual(), null)
                    : link);
        }
        try {
            loader.apply(List.of(new CrosswalkDocument(CROSSWALK, "2.0.1", current.source(), current.target(),
                    current.provenance(), links, current.noCounterpart(), current.omitted())));
            given().when().get("/api/v1/mappings/crosswalks").then()
                    .body("find { it.id == '" + CROSSWALK + "' }.version", equalTo("2.0.1"));
            api().when().get("/api/v1/mappings/crosswalks/" + CROSSWALK + "/overrides").then().statusCode(200)
                    .body("find { it.target == 'CC6.6' }.needsReview", equalTo(true))
                    .body("find { it.target == 'CC6.6' }.reviewReason", containsString("2.0.1"));
            assertEquals("gap", soc2Status("CC6.1"), "nothing carries CC6.1 once the link is gone");
            await().atMost(Duration.ofSeconds(30)).until(() -> announcedChange("CC6.1", "partial", "gap"));
        } finally {
            loader.apply(List.of(current));
        }
        assertTrue("partial".equals(soc2Status("CC6.1")), "back on 2.0.0");
    }

    /** Whether mapping.events carries a coverage.changed of this tenant moving {@code ref} from one status to another. */
    private boolean announcedChange(String ref, String from, String to) throws Exception {
        for (ConsumerRecord<String, String> record : TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                Topics.MAPPING_EVENTS)) {
            JsonNode event = objectMapper.readTree(record.value());
            if (!tenant.equals(record.key()) || !"coverage.changed".equals(event.path("type").asText())) {
                continue;
            }
            for (JsonNode change : event.path("data").path("changes")) {
                if (ref.equals(change.path("ref").asText()) && from.equals(change.path("from").asText())
                        && to.equals(change.path("to").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
