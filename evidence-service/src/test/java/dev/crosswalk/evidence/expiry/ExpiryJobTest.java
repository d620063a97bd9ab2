package dev.crosswalk.evidence.expiry;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.evidence.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpiryJobTest {

    /** A record collected an hour ago whose validity ends a second from now. */
    private static String expiringSoon(String tenant, String title) {
        String body = item("OPS-09", title, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS))
                .replace("\"submitter\": \"ci-bot\",",
                        "\"submitter\": \"ci-bot\", \"validUntil\": \"" + Instant.now().plusSeconds(1) + "\",");
        return as(tenant).body(body).when().post(EVIDENCE).then().statusCode(201).extract().path("id");
    }

    private static List<JsonNode> expiredEventsOf(String tenant, String id) {
        return PublishedEvents.ofType(PublishedEvents.of(tenant), "evidence.expired").stream()
                .filter(e -> id.equals(e.path("subject").asText())).toList();
    }

    @Test
    void anExpiredRecordIsMarkedAndAnnouncedOnce() {
        String tenant = CatalogFixture.tenant("expiry");
        CatalogFixture.controls(tenant, "daily", "OPS-09");
        String id = expiringSoon(tenant, "Short-lived check");
        await("the record to expire").atMost(Duration.ofSeconds(30)).until(() -> "expired".equals(
                as(tenant).when().get(EVIDENCE + "/" + id).then().extract().path("evidence.freshness")));
        await("the expiry job to announce it").atMost(Duration.ofSeconds(30))
                .until(() -> !expiredEventsOf(tenant, id).isEmpty());
        // a record that expires only now is announced by a later run, which must not announce the first again
        String later = expiringSoon(tenant, "Later check");
        await("a later run to announce the later record").atMost(Duration.ofSeconds(30))
                .until(() -> !expiredEventsOf(tenant, later).isEmpty());

        List<JsonNode> expired = expiredEventsOf(tenant, id);
        assertEquals(1, expired.size());
        assertTrue(expired.getFirst().path("data").path("expired").asBoolean());
    }
}
