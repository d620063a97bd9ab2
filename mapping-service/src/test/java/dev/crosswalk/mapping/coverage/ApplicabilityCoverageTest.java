package dev.crosswalk.mapping.coverage;

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

/**
 * The tenant's decisions decide: an Annex A control its Statement of Applicability excludes, and a TSC category
 * its SOC 2 report leaves out, are not_applicable, never a gap.
 */
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

    @Test
    void categoriesLeftOutOfTheSoc2ReportLeaveItsFigures() {
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            scope(sender, List.of("security", "availability"), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> "not_applicable".equals(soc2()
                    .getString("requirements.find { it.ref == 'P2.1' }.status")));
            JsonPath coverage = soc2();
            assertEquals(2 + 5 + 18, coverage.getInt("summary.notApplicable"), "confidentiality, PI and privacy are out");
            assertEquals("the privacy category is not in the tenant's SOC 2 report",
                    coverage.getString("requirements.find { it.ref == 'P2.1' }.reason"));
            assertEquals(36, soc2Report().getInt("summary.criteria"), "the report holds security and availability only");
            assertFalse(soc2Report().getList("rows.ref").contains("P2.1"));

            scope(sender, List.of("security", "availability", "confidentiality", "processing_integrity", "privacy"), 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> soc2().getInt("summary.notApplicable") == 0);
            assertEquals(61, soc2Report().getInt("summary.criteria"));
        }
    }

    private JsonPath soc2() {
        return api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    private JsonPath soc2Report() {
        return api().queryParam("from", "2026-06-01").queryParam("to", "2026-11-30").when()
                .get("/api/v1/mappings/reports/soc2").then().statusCode(200).extract().jsonPath();
    }

    private void scope(CloudEventSender sender, List<String> categories, int version) {
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.SOC2_SCOPE_DECIDED, tenant, """
                {"tenantId": "%s", "categories": [%s], "decidedBy": "ciso", "decidedAt": "%s", "version": %d}"""
                .formatted(tenant, String.join(", ", categories.stream().map(c -> "\"" + c + "\"").toList()),
                        Instant.now(), version));
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
