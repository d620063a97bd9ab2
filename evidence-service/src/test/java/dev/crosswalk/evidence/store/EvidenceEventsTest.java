package dev.crosswalk.evidence.store;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.evidence.EvidenceApi;
import dev.crosswalk.evidence.PublishedEvents;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaBroker;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** evidence.events carries exactly one event per change, also across a broker outage. */
@QuarkusTest
class EvidenceEventsTest {
    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void recordingReviewingAndCorrectingEachPublishOneEventWithTheControlIds() {
        String tenant = CatalogFixture.tenant("events");
        UUID control = CatalogFixture.control(tenant, "SEC-01", "monthly");
        CatalogFixture.awaitLive(tenant, "SEC-01");
        String id = EvidenceApi.recordedAndAccepted(tenant, "SEC-01", "Firewall config");
        String replacement = as(tenant).body(item("SEC-01", "Firewall config, corrected"))
                .when().post(EVIDENCE + "/" + id + "/supersede").then().statusCode(201).extract().path("id");

        List<JsonNode> events = PublishedEvents.of(tenant);
        assertEquals(List.of("evidence.recorded", "evidence.reviewed", "evidence.recorded", "evidence.superseded"),
                events.stream().map(e -> e.path("type").asText()).toList());
        JsonNode recorded = events.getFirst().path("data");
        assertEquals(control.toString(), recorded.path("controls").path(0).path("id").asText());
        assertEquals("pass", recorded.path("result").asText());
        assertEquals("accepted", events.get(1).path("data").path("reviewStatus").asText());
        // the verified subjects, never the names the bodies typed ("ci-bot", "r")
        assertEquals(GatewayIdentity.DEFAULT_SUBJECT, events.get(1).path("data").path("submittedBy").asText());
        assertEquals(EvidenceApi.REVIEWER, events.get(1).path("data").path("reviewedBy").asText());
        assertTrue(recorded.path("reviewedBy").isNull());
        assertEquals(replacement, events.get(3).path("data").path("supersededBy").asText());
        assertEquals(4, events.stream().map(e -> e.path("id").asText()).distinct().count());
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
            await("the relay trying to publish the tenant's events").atMost(Duration.ofSeconds(30))
                    .until(() -> lockedByTheRelay(tenant) > 0);
            assertTrue(relay.backlog() >= 5, "events wait in the outbox");
        } finally {
            broker.start();
        }
        assertEquals(5, PublishedEvents.of(tenant).size());
    }

    /** The tenant's unpublished outbox rows that another transaction (the relay's, publishing them) holds locked. */
    private long lockedByTheRelay(String tenant) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                select (select count(*) from outbox_event where tenant_id = ? and published_at is null)
                     - (select count(*) from (select seq from outbox_event where tenant_id = ? and published_at is null
                        for update skip locked) free)""")) {
            q.setString(1, tenant);
            q.setString(2, tenant);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
