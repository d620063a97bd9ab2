package dev.crosswalk.mapping.coverage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant that runs only ISO 27001 controls sees the SOC 2 privacy criteria ISO 27001 has no counterpart
 * for as {@code no_counterpart} (build them), never as "partly covered"; what the crosswalk does carry over
 * from its privacy control stays partial.
 */
@QuarkusTest
class NoCounterpartCoverageTest {
    private final String tenant = "nocp-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private JsonPath soc2() {
        return api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void consentIsNoCounterpartForAnIsoOnlyTenantWhatA534ReachesIsPartial() {
        UUID control = UUID.randomUUID();
        UUID record = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "PRIV-1", "name": "PII protection", "owner": "dpo",
                     "frequency": "annual", "status": "active", "version": 0}""".formatted(control, tenant));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().body(
                            "{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.34\"}]}")
                    .when().put("/api/v1/mappings/controls/PRIV-1").statusCode() == 200);
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(), """
                    {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "PRIV-1"}], "kind": "document",
                     "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                     "expired": false, "version": 1}""".formatted(record, tenant, control,
                    Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(300, ChronoUnit.DAYS)));
            await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(api().queryParam("framework",
                    "iso27001:2022").when().get("/api/v1/mappings/coverage").then().extract()
                    .path("requirements.find { it.ref == 'A.5.34' }.status")));
        }
        JsonPath coverage = soc2();
        assertEquals("no_counterpart", coverage.getString("requirements.find { it.ref == 'P2.1' }.status"));
        assertTrue(coverage.getString("requirements.find { it.ref == 'P2.1' }.reason").contains("no counterpart"));
        List<String> reached = coverage.getList("requirements.findAll { it.status == 'partial' }.ref");
        assertTrue(!reached.isEmpty() && reached.stream().noneMatch(ref -> ref.equals("P2.1")),
                "A.5.34 carries over in part somewhere: " + reached);
        assertEquals(coverage.getInt("summary.noCounterpart"),
                coverage.getList("requirements.findAll { it.status == 'no_counterpart' }").size());
        assertEquals(61, coverage.getInt("summary.satisfied") + coverage.getInt("summary.partial")
                + coverage.getInt("summary.gap") + coverage.getInt("summary.noCounterpart"));
        assertEquals(List.of("security", "availability", "confidentiality", "processing_integrity", "privacy"),
                coverage.getList("parts.part"));
        assertEquals(List.of(33, 3, 2, 5, 18), coverage.getList("parts.summary.total"));
        assertEquals(12, coverage.getInt("parts.find { it.part == 'privacy' }.summary.noCounterpart"));
        // controls new in 2022 have no 2013 predecessor: that says nothing about SOC 2, they are plain gaps here
        JsonPath iso = api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("gap", iso.getString("requirements.find { it.ref == 'A.8.28' }.status"), "A.8.28 secure coding");
        assertEquals("no_counterpart", iso.getString("requirements.find { it.ref == 'A.5.32' }.status"));
        // the gap report asks to build it, ahead of what is only partly covered
        List<String> statuses = api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/gaps")
                .then().statusCode(200).extract().path("gaps.status");
        assertTrue(statuses.indexOf("no_counterpart") < statuses.indexOf("partial"), "" + statuses);
    }
}
