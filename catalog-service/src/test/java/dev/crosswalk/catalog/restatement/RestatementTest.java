package dev.crosswalk.catalog.restatement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A restatement publishes the catalogue's current state (frameworks, controls, risks, current decisions) as
 * events carrying the same data as the ordinary ones, so a consumer can rebuild its projections after Kafka's
 * retention has dropped the events that built them; it resumes from its cursor after a restart.
 */
@QuarkusTest
class RestatementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESTATEMENTS = "/api/v1/catalog/restatements";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void restatesTheCurrentStateOfEverythingOnceAndIsTheOperatorsOnly() throws Exception {
        String tenant = "restate-" + UUID.randomUUID().toString().substring(0, 8);
        String control = post(tenant, "/api/v1/catalog/controls",
                Map.of("refCode", "RS-1", "name", "Backups", "frequency", "daily"));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("refCode", "RS-1", "name", "Backups, tested", "frequency", "daily"))
                .when().put("/api/v1/catalog/controls/" + control).then().statusCode(200);
        post(tenant, "/api/v1/catalog/risks", Map.of("title", "Data loss", "owner", "cto", "likelihood", 2,
                "impact", 5, "treatment", "mitigate", "controlIds", List.of(control)));
        for (Map<String, Object> decision : List.<Map<String, Object>>of(
                Map.of("applicable", true, "reasons", List.of("legal"), "decidedBy", "ciso"),
                Map.of("applicable", false, "justification", "No offices: everyone works remotely", "decidedBy", "ciso"))) {
            given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(decision)
                    .when().put("/api/v1/catalog/applicability/A.7.4").then().statusCode(200);
        }

        given().header("X-Tenant-Id", tenant).when().post(RESTATEMENTS).then().statusCode(403);
        String id = given().header(GatewayIdentity.OPERATOR, "yes").when().post(RESTATEMENTS).then().statusCode(202)
                .extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> finished(id));
        Map<String, Object> progress = given().header(GatewayIdentity.OPERATOR, "yes").when().get(RESTATEMENTS + "/" + id)
                .then().statusCode(200).extract().path("");
        assertEquals(progress.get("total"), progress.get("announced"), "progress: " + progress);

        List<JsonNode> restated = restated(tenant);
        assertEquals(List.of("control.restated", "risk.restated", "applicability.restated"),
                restated.stream().map(e -> e.path("type").asText()).toList(), "one event per entity, in source order");
        assertEquals("Backups, tested", restated.get(0).path("data").path("name").asText(), "the control as it is now");
        assertEquals(1, restated.get(0).path("data").path("version").asInt());
        assertEquals(false, restated.get(2).path("data").path("applicable").asBoolean(true), "the current decision only");
        assertEquals(2, restated.get(2).path("data").path("version").asInt());
        assertTrue(frameworksRestated().contains("iso27001:2022"));
    }

    @Test
    void aRestatementInterruptedByARestartGoesOnFromItsCursor() throws Exception {
        String first = "resume-a-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "resume-b-" + UUID.randomUUID().toString().substring(0, 8);
        String skipped = post(first, "/api/v1/catalog/controls", Map.of("refCode", "RS-2", "name", "Done before", "frequency", "daily"));
        post(second, "/api/v1/catalog/controls", Map.of("refCode", "RS-3", "name", "Left to do", "frequency", "daily"));
        await().atMost(Duration.ofSeconds(30)).until(this::noneRunning);
        // what a restatement that died after paging up to the first tenant's control left behind (position 1: controls)
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into restatement (id, requested_at, requested_by, source_position, cursor_key, total)
                values (?, now(), 'operator', 1, ?, 0)""")) {
            insert.setObject(1, id);
            insert.setString(2, first + "/" + skipped);
            insert.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> finished(id.toString()));
        assertEquals(List.of(), restated(first), "nothing again up to the cursor");
        assertEquals(List.of("control.restated"), restated(second).stream().map(e -> e.path("type").asText()).toList());
    }

    private static String post(String tenant, String path, Map<String, Object> body) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static boolean finished(String id) {
        return given().header(GatewayIdentity.OPERATOR, "yes").when().get(RESTATEMENTS + "/" + id).then()
                .statusCode(200).extract().path("finishedAt") != null;
    }

    private boolean noneRunning() {
        List<Object> unfinished = given().header(GatewayIdentity.OPERATOR, "yes").when().get(RESTATEMENTS).then()
                .statusCode(200).extract().path("findAll { it.finishedAt == null }");
        return unfinished.isEmpty();
    }

    private static List<JsonNode> restated(String tenant) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                Topics.CATALOG_EVENTS)) {
            JsonNode event = JSON.readTree(record.value());
            if (tenant.equals(record.key()) && event.path("type").asText().endsWith(".restated")) {
                events.add(event);
            }
        }
        return events;
    }

    private static List<String> frameworksRestated() throws Exception {
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(KafkaTestResource.broker().bootstrapServers(),
                Topics.CATALOG_EVENTS)) {
            JsonNode event = JSON.readTree(record.value());
            if (event.path("type").asText().equals("framework.restated")) {
                ids.add(event.path("data").path("frameworkId").asText());
            }
        }
        return ids;
    }
}
