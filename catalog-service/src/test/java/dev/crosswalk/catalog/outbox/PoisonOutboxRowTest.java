package dev.crosswalk.catalog.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A row the real broker refuses (a payload above the producer's max.request.size of 1 MiB) no longer holds
 * back the events after it: they are published in order, the bad row is parked after five refusals, counted,
 * reported, and can be listed and retried by the operator.
 */
@QuarkusTest
class PoisonOutboxRowTest {
    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRefusedRowIsParkedAndTheRestOfTheTenantsEventsGoOutInOrder() throws Exception {
        String tenant = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        UUID[] ids = new UUID[3];
        QuarkusTransaction.requiringNew().run(() -> {
            ids[0] = outbox.append(tenant, "test.before", "s", Map.of("n", 1));
            ids[1] = outbox.append(tenant, "test.too-large", "s", Map.of("filler", "x".repeat(2 * 1024 * 1024)));
            ids[2] = outbox.append(tenant, "test.after", "s", Map.of("n", 2));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(tenant).size() == 2);
        assertEquals(List.of("test.before", "test.after"), delivered(tenant),
                "the events around the refused one arrive, in order");
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedAttempts(ids[1]) == 5);
        assertTrue(lastError(ids[1]).startsWith("RecordTooLargeException"), lastError(ids[1]));
        assertEquals(0, relay.backlog(), "a parked row is not waiting in the backlog");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.matches("outbox_parked(\\{.*})? 1\\.0")), "outbox_parked is 1");
        RestAssured.given().header(GatewayIdentity.RAW, "yes").when().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'outbox-parked-rows' }.data.parked", equalTo(1));
        RestAssured.given().header(GatewayIdentity.RAW, "yes").when().get("/q/health/ready").then().statusCode(200);

        String parked = "/api/v1/catalog/outbox/parked";
        given().header("X-Tenant-Id", tenant).when().get(parked).then().statusCode(403);
        long seq = given().header(GatewayIdentity.OPERATOR, "yes").when().get(parked).then().statusCode(200)
                .body("eventType", hasItem("test.too-large"))
                .extract().jsonPath().getLong("find { it.eventType == 'test.too-large' }.seq");
        given().header("X-Tenant-Id", tenant).when().post(parked + "/" + seq + "/retry").then().statusCode(403);
        given().header(GatewayIdentity.OPERATOR, "yes").when().post(parked + "/" + seq + "/retry").then().statusCode(200)
                .body("attempts", equalTo(5));
        // retried: refused five times more, parked again; nothing else is published meanwhile
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedAttempts(ids[1]) == 5);
        given().header(GatewayIdentity.OPERATOR, "yes").when().post(parked + "/999999999/retry").then().statusCode(404);
        assertEquals(2, delivered(tenant).size());
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from outbox_event where id = ?")) {
            delete.setObject(1, ids[1]);
            delete.executeUpdate();
        }
        RestAssured.given().header(GatewayIdentity.RAW, "yes").when().get("/q/health/well").then().statusCode(200);
    }

    /**
     * The types of the tenant's events on the topic, each event once, in the order of their first copy: the batch
     * the broker refused may have delivered some of its events before the refusal, and the relay sends them again
     * row by row (consumers deduplicate by event id).
     */
    private static List<String> delivered(String tenant) {
        Map<String, String> typeById = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                Topics.CATALOG_EVENTS)) {
            if (tenant.equals(record.key())) {
                typeById.putIfAbsent(field(record.value(), "id"), field(record.value(), "type"));
            }
        }
        return List.copyOf(typeById.values());
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    /** The row's attempts once it is parked, or -1 while it is not. */
    private int parkedAttempts(UUID id) throws Exception {
        return query("select case when parked_at is null then -1 else attempts end from outbox_event where id = ?", id);
    }

    private String lastError(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select last_error from outbox_event where id = ?")) {
            s.setObject(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private int query(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
