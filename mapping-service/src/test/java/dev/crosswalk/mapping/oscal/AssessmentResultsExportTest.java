package dev.crosswalk.mapping.oscal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.OscalValidator;
import dev.crosswalk.testsupport.OscalValidator.Model;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tenant's evidence and coverage as OSCAL assessment-results, validated with NIST's liboscal-java. */
@QuarkusTest
class AssessmentResultsExportTest {
    private static final String EXPORT = "/api/v1/mappings/oscal/assessment-results";
    private static final String FROM = "2026-06-01";
    private static final String TO = "2026-11-30";
    private final ObjectMapper json = new ObjectMapper();

    private record Seeded(String tenant, UUID evidence, UUID outside, Instant collected, Instant validUntil) {
    }

    private Seeded seed(String controlRef, String criterion) {
        String tenant = "ar-" + UUID.randomUUID().toString().substring(0, 8);
        UUID control = UUID.randomUUID();
        UUID evidence = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        Instant collected = Instant.parse("2026-07-10T09:00:00Z");
        Instant validUntil = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "Access reviews", "owner": "o",
                     "frequency": "quarterly", "status": "active", "version": 0}""".formatted(control, tenant, controlRef));
            await().atMost(Duration.ofSeconds(30)).until(() -> given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                    .body("{\"requirements\": [{\"framework\": \"soc2-tsc:2017\", \"ref\": \"" + criterion + "\"}]}")
                    .when().put("/api/v1/mappings/controls/" + controlRef).statusCode() == 200);
            evidence(sender, tenant, evidence, collected, validUntil, control);
            evidence(sender, tenant, outside, Instant.parse("2026-05-20T09:00:00Z"), validUntil, control);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(given().header("X-Tenant-Id", tenant)
                .queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then().extract()
                .path("requirements.find { it.ref == '" + criterion + "' }.status")));
        return new Seeded(tenant, evidence, outside, collected, validUntil);
    }

    private static void evidence(CloudEventSender sender, String tenant, UUID id, Instant collected, Instant validUntil,
                                 UUID control) {
        sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "x"}], "kind": "attestation",
                 "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                 "expired": false, "version": 1}""".formatted(id, tenant, control, collected, validUntil));
    }

    private String export(String tenant) {
        return given().header("X-Tenant-Id", tenant).queryParam("from", FROM).queryParam("to", TO).when().get(EXPORT)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    @Test
    void evidenceInThePeriodAndCoverageExportAsValidAssessmentResults() throws Exception {
        Seeded seeded = seed("ACC-31", "CC6.2");
        String exported = export(seeded.tenant());
        assertEquals(List.of(), OscalValidator.findings(Model.ASSESSMENT_RESULTS, exported));

        JsonNode result = json.readTree(exported).path("assessment-results").path("results").path(0);
        assertEquals("1.1.2", json.readTree(exported).path("assessment-results").path("metadata").path("oscal-version").asText());
        assertEquals(1, result.path("observations").size(), "the record collected before the period is not observed");
        JsonNode observation = result.path("observations").path(0);
        assertEquals(seeded.collected(), Instant.parse(observation.path("collected").asText()));
        assertEquals(seeded.validUntil(), Instant.parse(observation.path("expires").asText()));
        assertTrue(observation.toString().contains(seeded.evidence().toString()));
        assertEquals(result.path("local-definitions").path("components").path(0).path("uuid"),
                observation.path("subjects").path(0).path("subject-uuid"), "the control is the subject");
        assertTrue(result.path("local-definitions").path("components").path(0).path("title").asText().startsWith("ACC-31"));

        JsonNode finding = findingOf(result, "CC6.2");
        assertEquals("satisfied", finding.path("target").path("status").path("state").asText());
        assertEquals(observation.path("uuid"), finding.path("related-observations").path(0).path("observation-uuid"));
        assertEquals("not-satisfied", findingOf(result, "CC8.1").path("target").path("status").path("state").asText());
        assertTrue(findingOf(result, "A.5.15") != null, "both coverage frameworks have findings");
        assertEquals(observation.path("uuid").asText(), json.readTree(export(seeded.tenant()))
                .path("assessment-results").path("results").path(0).path("observations").path(0).path("uuid").asText(),
                "an observation keeps its uuid from one export to the next");
    }

    private static JsonNode findingOf(JsonNode result, String ref) {
        for (JsonNode finding : result.path("findings")) {
            for (JsonNode prop : finding.path("target").path("props")) {
                if (prop.path("name").asText().equals("ref") && prop.path("value").asText().equals(ref)) {
                    return finding;
                }
            }
        }
        throw new AssertionError("no finding for " + ref);
    }

    @Test
    void aTenantsExportHoldsNothingOfAnother() {
        Seeded a = seed("ISO-41", "CC6.1");
        Seeded b = seed("ISO-42", "CC6.1");
        String ofA = export(a.tenant());
        assertTrue(ofA.contains(a.evidence().toString()));
        assertFalse(ofA.contains(b.evidence().toString()), "b's evidence");
        assertFalse(ofA.contains("ISO-42"), "b's control");
        assertFalse(ofA.contains(b.tenant()), "b's name");
    }

    @Test
    void theValidatorRefusesAnObservationWithoutCollected() throws Exception {
        Seeded seeded = seed("ACC-33", "CC6.3");
        ObjectNode document = (ObjectNode) json.readTree(export(seeded.tenant()));
        ((ObjectNode) document.path("assessment-results").path("results").path(0).path("observations").path(0))
                .remove("collected");
        assertFalse(OscalValidator.findings(Model.ASSESSMENT_RESULTS, document.toString()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"'', 2026-11-30, from", "2026-06-01, '', to", "2026-06-01, 2026-06-10, to", "2026-13-01, 2026-11-30, from",
            "2026-06-01, 2027-12-01, to"})
    void aBadPeriodIsA400NamingTheParameter(String from, String to, String field) {
        given().header("X-Tenant-Id", "ar-bad").queryParam("from", from).queryParam("to", to).when().get(EXPORT).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
