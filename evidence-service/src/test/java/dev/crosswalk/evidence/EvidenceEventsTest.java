package dev.crosswalk.evidence;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaBroker;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** evidence.events carries exactly one event per change, also across a broker outage and for expiry. */
@QuarkusTest
class EvidenceEventsTest {
    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    private List<JsonNode> eventsOf(String tenant) {
        CatalogFixture.await("an empty outbox", () -> relay.backlog() == 0);
        return TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(), Topics.EVIDENCE_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()))
                .map(r -> {
                    try {
                        return json.readTree(r.value());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    private static String recordedAndAccepted(String tenant, String control, String title) {
        String id = as(tenant).body(item(control, title)).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
        as(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"r\"}").when().post(EVIDENCE + "/" + id + "/review")
                .then().statusCode(200);
        return id;
    }

    @Test
    void recordingReviewingAndCorrectingEachPublishOneEventWithTheControlIds() {
        String tenant = CatalogFixture.tenant("events");
        UUID control = CatalogFixture.control(tenant, "SEC-01", "monthly");
        CatalogFixture.awaitLive(tenant, "SEC-01");
        String id = recordedAndAccepted(tenant, "SEC-01", "Firewall config");
        String replacement = as(tenant).body(item("SEC-01", "Firewall config, corrected"))
                .when().post(EVIDENCE + "/" + id + "/supersede").then().statusCode(201).extract().path("id");

        List<JsonNode> events = eventsOf(tenant);
        assertEquals(List.of("evidence.recorded", "evidence.reviewed", "evidence.recorded", "evidence.superseded"),
                events.stream().map(e -> e.path("type").asText()).toList());
        JsonNode recorded = events.getFirst().path("data");
        assertEquals(control.toString(), recorded.path("controls").path(0).path("id").asText());
        assertEquals("pass", recorded.path("result").asText());
        assertEquals("accepted", events.get(1).path("data").path("reviewStatus").asText());
        assertEquals(replacement, events.get(3).path("data").path("supersededBy").asText());
        assertEquals(4, events.stream().map(e -> e.path("id").asText()).distinct().count());
    }

    @Test
    void aRestatementAnnouncesEveryRecordAsItIsNowWithItsControls() {
        String tenant = CatalogFixture.tenant("restated");
        UUID control = CatalogFixture.control(tenant, "SEC-02", "monthly");
        CatalogFixture.awaitLive(tenant, "SEC-02");
        String id = recordedAndAccepted(tenant, "SEC-02", "Firewall review");
        as(tenant).when().post("/api/v1/evidence/restatements").then().statusCode(403);
        String restatement = RestAssured.given().header(GatewayIdentity.OPERATOR, "yes")
                .when().post("/api/v1/evidence/restatements").then().statusCode(202).extract().path("id");
        CatalogFixture.await("the restatement to finish", () -> RestAssured.given()
                .header(GatewayIdentity.OPERATOR, "yes").when().get("/api/v1/evidence/restatements/" + restatement)
                .then().statusCode(200).extract().path("finishedAt") != null);

        List<JsonNode> events = eventsOf(tenant);
        List<JsonNode> restated = events.stream().filter(e -> "evidence.restated".equals(e.path("type").asText())).toList();
        JsonNode reviewed = events.stream().filter(e -> "evidence.reviewed".equals(e.path("type").asText())).findFirst()
                .orElseThrow().path("data");
        assertEquals(1, restated.size());
        JsonNode record = restated.getFirst().path("data");
        assertEquals(id, record.path("id").asText());
        assertEquals("accepted", record.path("reviewStatus").asText());
        assertEquals(reviewed.path("version").asLong(), record.path("version").asLong(), "the version after its review");
        assertEquals(control.toString(), record.path("controls").path(0).path("id").asText());
    }

    @Test
    void anExpiredRecordIsMarkedAndAnnouncedOnce() throws InterruptedException {
        String tenant = CatalogFixture.tenant("expiry");
        CatalogFixture.controls(tenant, "daily", "OPS-09");
        Instant collected = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        String body = item("OPS-09", "Short-lived check", collected).replace("\"submitter\": \"ci-bot\",",
                "\"submitter\": \"ci-bot\", \"validUntil\": \"" + Instant.now().plusSeconds(1) + "\",");
        String id = as(tenant).body(body).when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        CatalogFixture.await("the record to expire", () -> "expired".equals(
                as(tenant).when().get(EVIDENCE + "/" + id).then().extract().path("evidence.freshness")));
        CatalogFixture.await("the expiry job to mark it", () -> eventsOf(tenant).stream()
                .anyMatch(e -> "evidence.expired".equals(e.path("type").asText())));
        Thread.sleep(1_000); // several more job runs: the record must not be announced again
        List<JsonNode> expired = eventsOf(tenant).stream()
                .filter(e -> "evidence.expired".equals(e.path("type").asText())).toList();
        assertEquals(1, expired.size());
        assertEquals(id, expired.getFirst().path("subject").asText());
        assertTrue(expired.getFirst().path("data").path("expired").asBoolean());
    }

    @Test
    void eventsWaitWhileTheBrokerIsDownAndArriveOnceItIsBack() throws Exception {
        String tenant = CatalogFixture.tenant("outage");
        CatalogFixture.controls(tenant, "daily", "OPS-10");
        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                as(tenant).body(item("OPS-10", "During outage " + i)).when().post(EVIDENCE).then().statusCode(201);
            }
            Thread.sleep(1_500);
            assertTrue(relay.backlog() >= 5, "events wait in the outbox");
        } finally {
            broker.start();
        }
        assertEquals(5, eventsOf(tenant).size());
    }
}
