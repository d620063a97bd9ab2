package dev.crosswalk.catalog.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.catalog.OutboxDrain;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.KafkaBroker;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the broker down, writes still succeed and their events wait in the outbox; none is lost or doubled. */
@QuarkusTest
class OutboxOutageTest {
    @Inject
    OutboxRelay relay;

    @Test
    void eventsWaitForTheBrokerAndArriveExactlyOnceAfterItReturns() throws Exception {
        String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        try {
            for (int i = 1; i <= 3; i++) {
                given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                        .body("{\"refCode\": \"OUT-" + i + "\", \"name\": \"Written while Kafka is down\","
                                + " \"frequency\": \"daily\"}")
                        .when().post("/api/v1/catalog/controls").then().statusCode(201);
            }
            // several relay runs fail meanwhile: the events stay in the outbox all the while
            await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() >= 3);
            assertTrue(relay.backlog() >= 3, "events wait in the outbox while the broker is down");
        } finally {
            broker.start();
        }
        OutboxDrain.awaitEmpty(relay, Duration.ofSeconds(60));
        assertEquals(0, relay.backlog(), "the outbox drains once the broker is back");
        long delivered = TopicReader.readAll(broker.bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key())).count();
        assertEquals(3, delivered);
    }
}
