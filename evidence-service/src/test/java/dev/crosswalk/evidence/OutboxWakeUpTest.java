package dev.crosswalk.evidence;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
        CatalogFixture.await("the single record's event on the topic", () -> eventsOf(tenant).contains(id));
        as(tenant).body("[" + item("SEC-02", "Bulk one") + ", " + item("SEC-02", "Bulk two") + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200);
        CatalogFixture.await("the bulk request's events on the topic", () -> eventsOf(tenant).size() == 3);
    }

    private static java.util.List<String> eventsOf(String tenant) {
        return TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(), Topics.EVIDENCE_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()))
                .map(r -> r.value().replaceAll("(?s).*\"subject\":\"([^\"]+)\".*", "$1"))
                .toList();
    }
}
