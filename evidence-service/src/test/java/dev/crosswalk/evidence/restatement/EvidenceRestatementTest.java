package dev.crosswalk.evidence.restatement;

import static dev.crosswalk.evidence.EvidenceApi.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.evidence.EvidenceApi;
import dev.crosswalk.evidence.PublishedEvents;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceRestatementTest {
    private static final String RESTATEMENTS = "/api/v1/evidence/restatements";

    @Test
    void aRestatementAnnouncesEveryRecordAsItIsNowWithItsControls() {
        String tenant = CatalogFixture.tenant("restated");
        UUID control = CatalogFixture.control(tenant, "SEC-02", "monthly");
        CatalogFixture.awaitLive(tenant, "SEC-02");
        String id = EvidenceApi.recordedAndAccepted(tenant, "SEC-02", "Firewall review");
        as(tenant).when().post(RESTATEMENTS).then().statusCode(403);
        String restatement = RestAssured.given().header(GatewayIdentity.OPERATOR, "yes")
                .when().post(RESTATEMENTS).then().statusCode(202).extract().path("id");
        await("the restatement to finish").atMost(Duration.ofSeconds(30)).until(() -> RestAssured.given()
                .header(GatewayIdentity.OPERATOR, "yes").when().get(RESTATEMENTS + "/" + restatement)
                .then().statusCode(200).extract().path("finishedAt") != null);

        List<JsonNode> events = PublishedEvents.of(tenant);
        List<JsonNode> restated = PublishedEvents.ofType(events, "evidence.restated");
        JsonNode reviewed = PublishedEvents.ofType(events, "evidence.reviewed").getFirst().path("data");
        assertEquals(1, restated.size());
        JsonNode record = restated.getFirst().path("data");
        assertEquals(id, record.path("id").asText());
        assertEquals("accepted", record.path("reviewStatus").asText());
        assertEquals(reviewed.path("version").asLong(), record.path("version").asLong(), "the version after its review");
        assertEquals(control.toString(), record.path("controls").path(0).path("id").asText());
    }
}
