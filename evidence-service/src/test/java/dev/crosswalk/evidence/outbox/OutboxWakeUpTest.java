package dev.crosswalk.evidence.outbox;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.awaitility.Awaitility.await;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.evidence.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A commit that wrote outbox rows wakes the relay: with the periodic run an hour away, the event of a
 * new record and those of a bulk request still reach the topic.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PeriodicRelayAnHourAway.class)
class OutboxWakeUpTest {

    public static class PeriodicRelayAnHourAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.relay-interval", "1h");
        }
    }

    @Test
    void eventsArePublishedWhenTheirTransactionCommits() {
        String tenant = CatalogFixture.tenant("wake");
        CatalogFixture.control(tenant, "SEC-02", "monthly");
        CatalogFixture.awaitLive(tenant, "SEC-02");
        String id = as(tenant).body(item("SEC-02", "Firewall config")).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
        await("the single record's event on the topic").atMost(Duration.ofSeconds(30))
                .until(() -> subjectsOf(tenant).contains(id));
        as(tenant).body("[" + item("SEC-02", "Bulk one") + ", " + item("SEC-02", "Bulk two") + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200);
        await("the bulk request's events on the topic").atMost(Duration.ofSeconds(30))
                .until(() -> subjectsOf(tenant).size() == 3);
    }

    private static List<String> subjectsOf(String tenant) {
        return PublishedEvents.onTopic(tenant).stream().map(e -> e.path("subject").asText()).toList();
    }
}
