package dev.crosswalk.mapping.controls;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mappings catalog-service states with a control, from catalog.events alone: an adoption adds the library's, once;
 * an import replaces the control's mappings with its row's; the control set exports as the import reads it.
 */
@QuarkusTest
class MappingsFromCatalogTest {
    private final String tenant = "adopted-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    @Test
    void theAdoptionEventMapsTheControlOnceAndLeavesUnknownRequirementsOut() {
        UUID control = UUID.randomUUID();
        String adopted = """
                {"controlId": "%s", "tenantId": "%s", "refCode": "GOV-09", "libraryId": "GOV-09", "libraryVersion": "1.0.0",
                 "requirements": [{"framework": "iso27001:2022", "ref": "9.3"}, {"framework": "iso27001:2022", "ref": "9.3.2"},
                                  {"framework": "soc2-tsc:2017", "ref": "CC4.1"}, {"framework": "iso27001:2022", "ref": "Z.9"}]}"""
                .formatted(control, tenant);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "GOV-09", "name": "Management review", "owner": "CISO",
                     "frequency": "annual", "status": "active", "version": 0}""".formatted(control, tenant));
            String eventId = sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_ADOPTED, control.toString(), adopted);
            await().atMost(Duration.ofSeconds(30)).until(() -> mappedRefs("GOV-09").size() == 3);
            // the tenant narrows the mapping; a redelivered adoption changes nothing
            api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"9.3\"}]}")
                    .when().put("/api/v1/mappings/controls/GOV-09").then().statusCode(200);
            sender.send(Topics.CATALOG_EVENTS, tenant, eventId, CatalogEventTypes.CONTROL_ADOPTED, control.toString(), adopted);
            // a later adoption of the same tenant (same key, same partition) is applied after the redelivery
            UUID later = UUID.randomUUID();
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, later.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "GOV-10", "name": "Internal audit", "owner": "CISO",
                     "frequency": "annual", "status": "active", "version": 0}""".formatted(later, tenant));
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_ADOPTED, later.toString(), """
                    {"controlId": "%s", "tenantId": "%s", "refCode": "GOV-10", "libraryId": "GOV-10", "libraryVersion": "1.0.0",
                     "requirements": [{"framework": "iso27001:2022", "ref": "9.2"}]}""".formatted(later, tenant));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mappedRefs("GOV-10").size() == 1);
        assertEquals(List.of("9.3"), api().when().get("/api/v1/mappings/controls/GOV-09").then().extract().jsonPath()
                .getList("requirements.ref"));
    }

    @Test
    void anImportReplacesTheMappingsAndTheControlSetExportsAsTheImportReadsIt() throws Exception {
        UUID control = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "SHEET-1", "name": "Access review", "owner": "=cmd|' /C calc'!A0",
                     "description": "+1 reviewers sign", "frequency": "quarterly", "status": "active", "version": 0}"""
                    .formatted(control, tenant));
            for (String requirements : List.of(
                    "{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.15\"}, {\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC6.1\"}",
                    "{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.18\"}, {\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC6.2\"}, "
                            + "{\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC6.3\"}")) {
                sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_IMPORTED, control.toString(), """
                        {"controlId": "%s", "tenantId": "%s", "refCode": "SHEET-1", "requirements": [%s]}"""
                        .formatted(control, tenant, requirements));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("A.5.18", "CC6.2", "CC6.3").equals(api()
                .when().get("/api/v1/mappings/controls/SHEET-1").then().extract().jsonPath().getList("requirements.ref")));
        api().when().get("/api/v1/mappings/control-set").then().statusCode(200)
                .body("controls[0].ref", org.hamcrest.Matchers.equalTo("SHEET-1"))
                .body("controls[0].description", org.hamcrest.Matchers.equalTo("+1 reviewers sign"))
                .body("controls[0].iso27001_2022", org.hamcrest.Matchers.equalTo(List.of("A.5.18")))
                .body("controls[0].soc2_tsc_2017", org.hamcrest.Matchers.equalTo(List.of("CC6.2", "CC6.3")));
        String csv = api().queryParam("format", "csv").when().get("/api/v1/mappings/control-set").then().statusCode(200)
                .extract().asString();
        assertEquals("ref,name,description,owner,frequency,iso27001_2022,soc2_tsc_2017", csv.lines().findFirst().orElseThrow());
        // what a spreadsheet would run as a formula is written behind an apostrophe
        assertEquals("SHEET-1,Access review,'+1 reviewers sign,'=cmd|' /C calc'!A0,quarterly,A.5.18,CC6.2; CC6.3",
                csv.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aLibraryUpgradeAddsAndRemovesOnlyWhatTheLibraryChangedKeepingTheTenantsOwnMappings() {
        UUID control = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "GOV-01", "name": "Policy", "owner": "CISO",
                     "frequency": "annual", "status": "active", "version": 0}""".formatted(control, tenant));
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_ADOPTED, control.toString(), """
                    {"controlId": "%s", "tenantId": "%s", "refCode": "GOV-01", "libraryId": "GOV-01", "libraryVersion": "1.0.0",
                     "requirements": [{"framework": "iso27001:2022", "ref": "A.5.1"}, {"framework": "soc2-tsc:2017", "ref": "CC5.3"}]}"""
                    .formatted(control, tenant));
            await().atMost(Duration.ofSeconds(30)).until(() -> mappedRefs("GOV-01").size() == 2);
            api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.1\"}, "
                            + "{\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC5.3\"}, {\"framework\": \"iso27001:2022\", \"ref\": \"9.3\"}]}")
                    .when().put("/api/v1/mappings/controls/GOV-01").then().statusCode(200);
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_LIBRARY_UPGRADED, control.toString(), """
                    {"controlId": "%s", "tenantId": "%s", "refCode": "GOV-01", "libraryId": "GOV-01", "fromVersion": "1.0.0",
                     "toVersion": "1.1.0", "added": [{"framework": "iso27001:2022", "ref": "5.2"}],
                     "removed": [{"framework": "soc2-tsc:2017", "ref": "CC5.3"}]}""".formatted(control, tenant));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Set.of("A.5.1", "9.3", "5.2").equals(
                java.util.Set.copyOf(api().when().get("/api/v1/mappings/controls/GOV-01").then().extract().jsonPath()
                        .getList("requirements.ref"))));
    }

    /** The refs a control is mapped to now; none while mapping-service does not know the control yet (404). */
    private List<String> mappedRefs(String controlRef) {
        List<String> refs = api().when().get("/api/v1/mappings/controls/" + controlRef).then().extract().jsonPath()
                .getList("requirements.ref", String.class);
        return refs == null ? List.of() : refs;
    }
}
