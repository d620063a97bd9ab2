package dev.crosswalk.mapping.coverage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The common control library (catalog-service's data file) as a tenant adopts it, as the events catalog-service
 * sends for an adoption: with one accepted passing record per control, every requirement the library maps is
 * satisfied in both frameworks. One set of controls and one body of evidence serve both.
 */
@QuarkusTest
class LibraryCoverageTest {
    private static final File LIBRARY = new File("../catalog-service/src/main/resources/library/common-controls.json");
    private final String tenant = "lib-" + UUID.randomUUID().toString().substring(0, 8);

    private JsonPath coverage(String framework) {
        return given().header("X-Tenant-Id", tenant).queryParam("framework", framework).when()
                .get("/api/v1/mappings/coverage").then().statusCode(200).extract().jsonPath();
    }

    private List<String> notSatisfied(String framework, Set<String> claimed) {
        JsonPath coverage = coverage(framework);
        List<String> open = new ArrayList<>();
        for (Map<String, Object> requirement : coverage.<Map<String, Object>>getList("requirements")) {
            if (claimed.contains((String) requirement.get("ref")) && !"satisfied".equals(requirement.get("status"))) {
                open.add(requirement.get("ref") + " " + requirement.get("status"));
            }
        }
        return open;
    }

    @Test
    void oneAcceptedRecordPerAdoptedControlSatisfiesEveryRequirementTheLibraryMaps() throws Exception {
        JsonNode library = new ObjectMapper().readTree(LIBRARY);
        Set<String> iso = new TreeSet<>();
        Set<String> soc2 = new TreeSet<>();
        Instant collected = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant validUntil = Instant.now().plus(90, ChronoUnit.DAYS);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            for (JsonNode control : library.path("controls")) {
                UUID id = UUID.randomUUID();
                String ref = control.path("id").asText();
                List<String> requirements = new ArrayList<>();
                control.path("iso27001_2022").forEach(r -> {
                    iso.add(r.asText());
                    requirements.add("{\"framework\": \"iso27001:2022\", \"ref\": \"" + r.asText() + "\"}");
                });
                control.path("soc2_tsc_2017").forEach(r -> {
                    soc2.add(r.asText());
                    requirements.add("{\"framework\": \"soc2-tsc:2017\", \"ref\": \"" + r.asText() + "\"}");
                });
                sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                        {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "n", "owner": "o", "frequency": "%s",
                         "status": "active", "version": 0}""".formatted(id, tenant, ref, control.path("frequency").asText()));
                sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_ADOPTED, id.toString(), """
                        {"controlId": "%s", "tenantId": "%s", "refCode": "%s", "libraryId": "%s", "libraryVersion": "%s",
                         "requirements": [%s]}""".formatted(id, tenant, ref, ref, library.path("version").asText(),
                        String.join(", ", requirements)));
                UUID record = UUID.randomUUID();
                sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, record.toString(), """
                        {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "%s"}], "kind": "document",
                         "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                         "expired": false, "version": 1}""".formatted(record, tenant, id, ref, collected, validUntil));
            }
        }
        assertEquals(127, iso.size(), "the library maps every clause and Annex A control");
        assertEquals(61, soc2.size(), "the library maps every criterion");
        await().atMost(Duration.ofSeconds(60)).until(() -> notSatisfied("iso27001:2022", iso).isEmpty()
                && notSatisfied("soc2-tsc:2017", soc2).isEmpty());
        assertEquals(127, coverage("iso27001:2022").getInt("summary.satisfied"));
        assertEquals(61, coverage("soc2-tsc:2017").getInt("summary.satisfied"));
        assertEquals(100.0, coverage("soc2-tsc:2017").getDouble("summary.readinessPercent"));
    }
}
