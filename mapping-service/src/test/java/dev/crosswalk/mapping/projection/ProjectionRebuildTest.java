package dev.crosswalk.mapping.projection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cleared projections fill again from restated events (control.restated, evidence.restated): coverage comes
 * back as it was, and a restated state older than one applied since does not undo it.
 */
@QuarkusTest
class ProjectionRebuildTest {
    private final String tenant = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private String status(String ref) {
        return api().queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().path("requirements.find { it.ref == '" + ref + "' }.status");
    }

    private String control(UUID id) {
        return """
                {"id": "%s", "tenantId": "%s", "refCode": "RB-1", "name": "n", "owner": "o", "frequency": "quarterly",
                 "status": "active", "version": 0}""".formatted(id, tenant);
    }

    private String evidence(UUID id, UUID control, String review, long version) {
        return """
                {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "RB-1"}], "kind": "attestation",
                 "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "%s", "expired": false,
                 "version": %d}""".formatted(id, tenant, control, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(60, ChronoUnit.DAYS), review, version);
    }

    @Test
    void clearedProjectionsComeBackFromRestatedStateAndNewerStateWins() {
        UUID control = UUID.randomUUID();
        UUID record = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), control(control));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().body(
                            "{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.18\"}]}")
                    .when().put("/api/v1/mappings/controls/RB-1").statusCode() == 200);
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(),
                    evidence(record, control, "accepted", 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(status("A.5.18")));

            api().when().post("/api/v1/mappings/projections/clear").then().statusCode(403);
            given().header(GatewayIdentity.OPERATOR, "yes").when().post("/api/v1/mappings/projections/clear").then()
                    .statusCode(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> !"satisfied".equals(status("A.5.18")));

            // the restatements: the control and the record as they are now
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_RESTATED, control.toString(), control(control));
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RESTATED, record.toString(),
                    evidence(record, control, "accepted", 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(status("A.5.18")));

            // a rejection applied meanwhile is newer than a restatement that was read before it
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(),
                    evidence(record, control, "rejected", 2));
            await().atMost(Duration.ofSeconds(30)).until(() -> "gap".equals(status("A.5.18")));
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RESTATED, record.toString(),
                    evidence(record, control, "accepted", 1));
            UUID later = UUID.randomUUID();
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RECORDED, later.toString(),
                    evidence(later, control, "pending", 0));
            // once the record sent after it is applied, the old restatement has been too: still a gap
            await().atMost(Duration.ofSeconds(30)).until(() -> api().when()
                    .get("/api/v1/mappings/evidence/" + later + "/satisfies").statusCode() == 200);
            await().atMost(Duration.ofSeconds(5)).until(() -> "gap".equals(status("A.5.18")));
        }
    }
}
