package dev.crosswalk.mapping;

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

/** A control adopted from the library is mapped as the library says, once, from catalog.events alone. */
@QuarkusTest
class AdoptedMappingsTest {
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
            await().atMost(Duration.ofSeconds(30)).until(() -> api().when().get("/api/v1/mappings/controls/GOV-09")
                    .then().extract().jsonPath().getList("requirements.ref").size() == 3);
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
        await().atMost(Duration.ofSeconds(30)).until(() -> api().when().get("/api/v1/mappings/controls/GOV-10")
                .then().extract().jsonPath().getList("requirements.ref").size() == 1);
        assertEquals(List.of("9.3"), api().when().get("/api/v1/mappings/controls/GOV-09").then().extract().jsonPath()
                .getList("requirements.ref"));
    }
}
