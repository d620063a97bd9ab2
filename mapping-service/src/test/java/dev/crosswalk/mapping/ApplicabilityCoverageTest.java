package dev.crosswalk.mapping;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The Statement of Applicability decides: an excluded Annex A control is not_applicable, never a gap. */
@QuarkusTest
class ApplicabilityCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String tenant = "soa-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private JsonPath iso() {
        return api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    private List<String> gaps() {
        return api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/gaps").then()
                .statusCode(200).extract().path("gaps.ref");
    }

    private void decide(CloudEventSender sender, boolean applicable, int version) {
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.APPLICABILITY_DECIDED, "A.7.4", """
                {"tenantId": "%s", "requirementId": "A.7.4", "applicable": %s, "justification": %s,
                 "reasons": %s, "riskIds": [], "decidedBy": "isms-board", "decidedAt": "%s", "version": %d}"""
                .formatted(tenant, applicable, applicable ? "null" : "\"No premises of our own: fully remote\"",
                        applicable ? "[\"best_practice\"]" : "[]", Instant.now(), version));
    }

    @Test
    void anExcludedControlIsNotApplicableAndLeavesTheGapsUntilItIsIncludedAgain() throws Exception {
        assertTrue(gaps().contains("A.7.4"), "a tenant without decisions has A.7.4 to do");
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            decide(sender, false, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> "not_applicable".equals(
                    iso().getString("requirements.find { it.ref == 'A.7.4' }.status")));
            JsonPath coverage = iso();
            assertEquals("excluded in the Statement of Applicability: No premises of our own: fully remote",
                    coverage.getString("requirements.find { it.ref == 'A.7.4' }.reason"));
            assertEquals(1, coverage.getInt("summary.notApplicable"));
            assertEquals(coverage.getInt("summary.total"), coverage.getInt("summary.satisfied")
                    + coverage.getInt("summary.partial") + coverage.getInt("summary.gap")
                    + coverage.getInt("summary.noCounterpart") + coverage.getInt("summary.notApplicable"));
            assertFalse(gaps().contains("A.7.4"), "an excluded control asks for no fix");
            // every clause and every Annex A control, summarised together and apart
            assertEquals(127, coverage.getInt("summary.total"));
            assertEquals(List.of("clauses", "annex_a"), coverage.getList("parts.part"));
            assertEquals(List.of(34, 93), coverage.getList("parts.summary.total"));
            assertEquals(1, coverage.getInt("parts.find { it.part == 'annex_a' }.summary.notApplicable"));
            await().atMost(Duration.ofSeconds(30)).until(() -> announced("gap", "not_applicable"));

            decide(sender, true, 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> "gap".equals(
                    iso().getString("requirements.find { it.ref == 'A.7.4' }.status")));
            assertTrue(gaps().contains("A.7.4"));
            await().atMost(Duration.ofSeconds(30)).until(() -> announced("not_applicable", "gap"));
        }
    }

    private boolean announced(String from, String to) throws Exception {
        for (ConsumerRecord<String, String> record : TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                Topics.MAPPING_EVENTS)) {
            JsonNode event = JSON.readTree(record.value());
            if (tenant.equals(record.key()) && "coverage.changed".equals(event.path("type").asText())) {
                for (JsonNode change : event.path("data").path("changes")) {
                    if ("A.7.4".equals(change.path("ref").asText()) && from.equals(change.path("from").asText())
                            && to.equals(change.path("to").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
