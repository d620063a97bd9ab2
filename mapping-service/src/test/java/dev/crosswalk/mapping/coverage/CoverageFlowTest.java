package dev.crosswalk.mapping.coverage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.arc.Arc;
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
 * End to end through the real broker: controls from catalog.events, mappings through the API, evidence
 * from evidence.events; one accepted record then counts for ISO 27001 and SOC 2 at once.
 */
@QuarkusTest
class CoverageFlowTest {
    private final String tenant = "cov-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private static void awaitOutbox() {
        CoverageRefreshJob refreshes = Arc.container().instance(CoverageRefreshJob.class).get();
        await("no coverage refresh due").atMost(Duration.ofSeconds(30)).until(() -> refreshes.pending() == 0);
        OutboxRelay relay = Arc.container().instance(OutboxRelay.class).get();
        await("an empty outbox").atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
    }

    private UUID control(CloudEventSender sender, String ref) {
        UUID id = UUID.randomUUID();
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "n", "owner": "o", "frequency": "quarterly",
                 "status": "active", "version": 0}""".formatted(id, tenant, ref));
        return id;
    }

    private String isoStatus(String ref) {
        return api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage").then()
                .extract().path("requirements.find { it.ref == '" + ref + "' }.status");
    }

    private String evidence(UUID id, UUID control, String ref, String review, long version) {
        return """
                {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "%s"}], "kind": "attestation",
                 "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "%s", "expired": false,
                 "version": %d}""".formatted(id, tenant, control, ref, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(60, ChronoUnit.DAYS), review, version);
    }

    @Test
    void oneAcceptedRecordCountsForBothFrameworks() {
        UUID record = UUID.randomUUID();
        UUID iam;
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            iam = control(sender, "IAM-01");
            UUID ops = control(sender, "OPS-01");
            await("controls").atMost(Duration.ofSeconds(30))
                    .until(() -> api().when().get("/api/v1/mappings/controls/OPS-01").statusCode() == 200);

            JsonPath mapped = api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.15\"}]}")
                    .when().put("/api/v1/mappings/controls/IAM-01").then().statusCode(200)
                    .body("requirements.ref", equalTo(List.of("A.5.15")))
                    .extract().jsonPath();
            List<String> suggested = mapped.getList("suggestions.requirement.ref");
            assertTrue(suggested.stream().anyMatch(r -> r.startsWith("CC6.")), "suggests CC6 criteria: " + suggested);
            String cc = suggested.stream().filter(r -> r.startsWith("CC6.")).findFirst().orElseThrow();
            api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.15\"},"
                            + " {\"framework\": \"soc2-tsc:2017\", \"ref\": \"" + cc + "\"}]}")
                    .when().put("/api/v1/mappings/controls/IAM-01").then().statusCode(200)
                    .body("requirements.ref", equalTo(List.of("A.5.15", cc)));

            String eventId = sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RECORDED, record.toString(),
                    evidence(record, iam, "IAM-01", "pending", 0));
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(),
                    evidence(record, iam, "IAM-01", "accepted", 1));
            await("the accepted record").atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(isoStatus("A.5.15")));
            // a duplicate of the first event, delivered late, and a stale version must not undo the review
            sender.send(Topics.EVIDENCE_EVENTS, tenant, eventId, EvidenceEventTypes.RECORDED, record.toString(),
                    evidence(record, iam, "IAM-01", "pending", 0));
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RECORDED, record.toString(),
                    evidence(record, iam, "IAM-01", "pending", 0));
            // keyed by tenant like them, so once this record (of the unmapped OPS-01) is applied, they have been too
            UUID sentinel = UUID.randomUUID();
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RECORDED, sentinel.toString(),
                    evidence(sentinel, ops, "OPS-01", "pending", 0));
            await("the sentinel record").atMost(Duration.ofSeconds(30)).until(() -> api().when()
                    .get("/api/v1/mappings/evidence/" + sentinel + "/satisfies").statusCode() == 200);

            api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then().statusCode(200)
                    .body("requirements.find { it.ref == '" + cc + "' }.status", equalTo("satisfied"))
                    .body("requirements.find { it.ref == '" + cc + "' }.evidence", hasItem(record.toString()))
                    .body("summary.total", equalTo(61));
            JsonPath iso = api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("satisfied", iso.getString("requirements.find { it.ref == 'A.5.15' }.status"));
            assertEquals(iso.getInt("summary.total"), iso.getInt("summary.satisfied") + iso.getInt("summary.partial")
                    + iso.getInt("summary.gap") + iso.getInt("summary.noCounterpart"));

            JsonPath reach = api().when().get("/api/v1/mappings/evidence/" + record + "/satisfies").then().statusCode(200)
                    .body("counts", equalTo(true))
                    .extract().jsonPath();
            List<String> frameworks = reach.getList("requirements.requirement.framework");
            assertTrue(frameworks.contains("iso27001:2022") && frameworks.contains("soc2-tsc:2017"), frameworks.toString());
            assertEquals("IAM-01", reach.getString("requirements.find { it.requirement.ref == 'A.5.15' }.control"));
        }

        awaitOutbox();
        List<JsonPath> changes = TopicReader.readAll(
                        KafkaTestResource.broker().bootstrapServers(), Topics.MAPPING_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()))
                .map(r -> JsonPath.from(r.value()))
                .filter(e -> e.getString("type").equals("coverage.changed"))
                .toList();
        assertTrue(changes.stream().anyMatch(e -> e.getString("data.framework").equals("soc2-tsc:2017")
                && e.<String>getList("data.changes.findAll { it.to == 'satisfied' }.ref").stream()
                .anyMatch(ref -> ref.startsWith("CC6."))), "coverage.changed announces the CC6 criterion satisfied");
        assertTrue(changes.stream().anyMatch(e -> e.getString("data.framework").equals("iso27001:2022")
                && e.getList("data.changes.findAll { it.to == 'satisfied' }.ref").contains("A.5.15")),
                "coverage.changed announces A.5.15 becoming satisfied");
        assertEquals(1, changes.stream().filter(e -> e.getString("data.framework").equals("iso27001:2022")
                && e.getList("data.changes.findAll { it.to == 'satisfied' }.ref").contains("A.5.15")).count(),
                "announced once, not again for the duplicate or stale events");

        api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/gaps").then().statusCode(200)
                .body("gaps.find { it.ref == '" + "CC1.1" + "' }.status", equalTo("gap"));
        given().header("X-Tenant-Id", "someone-else").when().get("/api/v1/mappings/evidence/" + record + "/satisfies")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-Tenant-Id", "someone-else").when().get("/api/v1/mappings/controls/IAM-01").then().statusCode(404);
    }

    @Test
    void mappingsAreValidatedAgainstControlsAndTheCrosswalks() {
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            control(sender, "HR-01");
        }
        await("control").atMost(Duration.ofSeconds(30))
                .until(() -> api().when().get("/api/v1/mappings/controls/HR-01").statusCode() == 200);
        api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.9.9\"},"
                        + " {\"framework\": \"nist-csf:2.0\", \"ref\": \"PR.AA-01\"}]}")
                .when().put("/api/v1/mappings/controls/HR-01").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("requirements[0].ref", "requirements[1].framework")));
        api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\"}]}")
                .when().put("/api/v1/mappings/controls/HR-01").then().statusCode(400);
        api().body("{\"requirements\": []}").when().put("/api/v1/mappings/controls/NOPE-1").then().statusCode(404);
        api().body("""
                        [{"control": "HR-01", "requirements": [{"framework": "iso27001:2022", "ref": "A.6.3"},
                                                               {"framework": "soc2-tsc:2017", "ref": "CC1.4"}]},
                         {"control": "GHOST-9", "requirements": []},
                         {"control": "HR-01", "requirements": [{"framework": "iso27001:2022", "ref": "A.99"}]}]""")
                .when().post("/api/v1/mappings/control-mappings/bulk").then().statusCode(200)
                .body("mapped", equalTo(1))
                .body("rejected", equalTo(2))
                .body("results.mapped", equalTo(List.of(true, false, false)))
                .body("results[1].problem.status", equalTo(404))
                .body("results[2].problem.errors[0].field", equalTo("requirements[0].ref"));
        api().when().get("/api/v1/mappings/controls/HR-01").then().statusCode(200)
                .body("requirements.ref", equalTo(List.of("A.6.3", "CC1.4")));
        api().body("{}").when().post("/api/v1/mappings/control-mappings/bulk").then().statusCode(400);
        api().queryParam("framework", "pci-dss:4.0").when().get("/api/v1/mappings/coverage").then().statusCode(404);
        api().when().get("/api/v1/mappings/coverage").then().statusCode(400);
        api().when().get("/api/v1/mappings/evidence/not-a-uuid/satisfies").then().statusCode(404);
    }
}
