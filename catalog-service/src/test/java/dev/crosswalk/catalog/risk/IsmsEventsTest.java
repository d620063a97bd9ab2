package dev.crosswalk.catalog.risk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.OutboxDrain;
import dev.crosswalk.events.Topics;
import dev.crosswalk.support.outbox.OutboxRelay;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each committed risk change and applicability decision reaches catalog.events once, with its data. */
@QuarkusTest
class IsmsEventsTest {
    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    private final String tenant = "isms-ev-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    @Test
    void riskChangesAndDecisionsProduceExactlyOneEventEach() throws Exception {
        String controlId = as().body("{\"refCode\": \"VM-1\", \"name\": \"Patch management\", \"frequency\": \"monthly\"}")
                .when().post("/api/v1/catalog/controls").then().statusCode(201).extract().path("id");
        String riskBody = """
                {"title": "Unpatched servers", "owner": "ops", "likelihood": 3, "impact": 4, "treatment": "mitigate",
                 "controlIds": ["%s"]%s}""";
        String riskId = as().body(riskBody.formatted(controlId, "")).when().post("/api/v1/catalog/risks")
                .then().statusCode(201).extract().path("id");
        String treated = riskBody.formatted(controlId, ", \"residualLikelihood\": 1, \"residualImpact\": 4");
        as().header("If-Match", "\"0\"").body(treated).when().put("/api/v1/catalog/risks/" + riskId)
                .then().statusCode(200);
        // unchanged: no event
        as().header("If-Match", "\"1\"").body(treated).when().put("/api/v1/catalog/risks/" + riskId)
                .then().statusCode(200);

        String decidedAt = as().body("""
                        {"applicable": true, "justification": "Top risk", "reasons": ["risk_treatment", "legal"],
                         "riskIds": ["%s"], "decidedBy": "ciso"}""".formatted(riskId))
                .when().put("/api/v1/catalog/applicability/A.8.8").then().statusCode(200).extract().path("decidedAt");
        // rejected: no event
        as().body("{\"applicable\": true, \"reasons\": [\"risk_treatment\"], \"riskIds\": [\"%s\"], \"decidedBy\": \"x\"}"
                        .formatted(UUID.randomUUID()))
                .when().put("/api/v1/catalog/applicability/A.8.8").then().statusCode(422);
        as().body("{\"applicable\": false, \"justification\": \"Fully managed PaaS\", \"decidedBy\": \"board\"}")
                .when().put("/api/v1/catalog/applicability/A.8.8").then().statusCode(200);
        as().when().delete("/api/v1/catalog/risks/" + riskId).then().statusCode(204);

        List<JsonNode> events = eventsOf(tenant);
        assertEquals(List.of("control.created", "risk.created", "risk.updated", "applicability.decided",
                        "applicability.decided", "risk.deleted"),
                events.stream().map(e -> e.path("type").asText()).toList());

        JsonNode created = events.get(1);
        assertEquals(riskId, created.path("subject").asText());
        assertEquals(tenant, created.path("tenantid").asText());
        JsonNode risk = created.path("data");
        assertEquals(riskId, risk.path("id").asText());
        assertEquals(tenant, risk.path("tenantId").asText());
        assertEquals("Unpatched servers", risk.path("title").asText());
        assertEquals("ops", risk.path("owner").asText());
        assertEquals(12, risk.path("inherentScore").asInt());
        assertTrue(risk.path("residualScore").isNull());
        assertEquals("mitigate", risk.path("treatment").asText());
        assertEquals(controlId, risk.path("controlIds").get(0).asText());
        assertEquals(0, risk.path("version").asLong());

        JsonNode updated = events.get(2).path("data");
        assertEquals(4, updated.path("residualScore").asInt());
        assertEquals(1, updated.path("version").asLong());

        JsonNode first = events.get(3);
        assertEquals("A.8.8", first.path("subject").asText());
        JsonNode decision = first.path("data");
        assertEquals(tenant, decision.path("tenantId").asText());
        assertEquals("A.8.8", decision.path("requirementId").asText());
        assertTrue(decision.path("applicable").asBoolean());
        assertEquals("Top risk", decision.path("justification").asText());
        assertEquals(List.of("risk_treatment", "legal"), texts(decision.path("reasons")));
        assertEquals(List.of(riskId), texts(decision.path("riskIds")));
        // the verified subject, never the body's "ciso"
        assertEquals(GatewayIdentity.DEFAULT_SUBJECT, decision.path("decidedBy").asText());
        assertEquals(Instant.parse(decidedAt), Instant.parse(decision.path("decidedAt").asText()));
        assertEquals(1, decision.path("version").asLong());

        JsonNode second = events.get(4).path("data");
        assertEquals(false, second.path("applicable").asBoolean());
        assertEquals("Fully managed PaaS", second.path("justification").asText());
        assertEquals(List.of(), texts(second.path("reasons")));
        assertEquals(2, second.path("version").asLong());

        JsonNode deleted = events.get(5);
        assertEquals(riskId, deleted.path("subject").asText());
        assertEquals(1, deleted.path("data").path("version").asLong());
        assertEquals(6, events.stream().map(e -> e.path("id").asText()).distinct().count(), "event ids are unique");
    }

    @Test
    void eachRecordedScopeIsAnnouncedWithItsVersionSoReportsPrintTheScopeTheyBelongTo() throws Exception {
        as().body("{\"summary\": \"Invoicing SaaS\", \"recordedBy\": \"ciso\"}").when().put("/api/v1/catalog/scope")
                .then().statusCode(201);
        as().body("{\"summary\": \"Invoicing and payroll\", \"recordedBy\": \"ciso\"}").when().put("/api/v1/catalog/scope")
                .then().statusCode(201);

        List<JsonNode> scopes = eventsOf(tenant).stream()
                .filter(e -> e.path("type").asText().equals("scope.recorded")).toList();
        assertEquals(List.of(1, 2), scopes.stream().map(e -> e.path("data").path("version").asInt()).toList());
        JsonNode newest = scopes.get(1).path("data");
        assertEquals(tenant, newest.path("tenantId").asText());
        assertEquals("Invoicing and payroll", newest.path("summary").asText());
        assertTrue(!newest.path("recordedBy").asText().isBlank() && newest.hasNonNull("recordedAt"), newest.toString());
    }

    private List<JsonNode> eventsOf(String tenantId) throws Exception {
        OutboxDrain.awaitEmpty(relay, Duration.ofSeconds(30));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(
                KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS)) {
            if (tenantId.equals(record.key())) {
                events.add(json.readTree(record.value()));
            }
        }
        return events;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
