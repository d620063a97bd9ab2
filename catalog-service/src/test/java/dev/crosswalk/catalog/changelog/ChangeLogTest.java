package dev.crosswalk.catalog.changelog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every write through the API lands in the tenant's change log with who, what and the fields before and after. */
@QuarkusTest
class ChangeLogTest {
    private static final String LOG = "/api/v1/catalog/change-log";
    private final String tenant = "cl-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String tenantId, String subject) {
        return given().header(GatewayIdentity.TENANT_HEADER, tenantId).header(GatewayIdentity.SUBJECT, subject)
                .contentType(ContentType.JSON);
    }

    private String createControl(String subject, String refCode) {
        return as(tenant, subject).body("""
                {"refCode": "%s", "name": "Access reviews", "owner": "it-ops", "frequency": "quarterly"}""".formatted(refCode))
                .when().post("/api/v1/catalog/controls").then().statusCode(201).extract().path("id");
    }

    @Test
    void aControlsCreationAndChangeAreLoggedWithTheSignedInSubjectAndTheFieldsBeforeAndAfter() {
        String id = createControl("key:writer-1", "AC-1");
        as(tenant, "user:alice").header("If-Match", "\"0\"").body("""
                {"refCode": "AC-1", "name": "Access reviews", "owner": "security", "frequency": "quarterly"}""")
                .when().put("/api/v1/catalog/controls/" + id).then().statusCode(200);

        JsonPath page = as(tenant, "key:reader").queryParam("entity", "tenant_control").queryParam("entityId", id)
                .when().get(LOG).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("updated", "created"), page.getList("items.operation"));
        assertEquals(List.of("user:alice", "key:writer-1"), page.getList("items.subject"));
        assertEquals(List.of("token", "api_key"), page.getList("items.credential"));
        assertEquals("it-ops", page.getString("items[0].changes.owner.before"));
        assertEquals("security", page.getString("items[0].changes.owner.after"));
        assertTrue(page.getMap("items[0].changes").keySet().stream().noneMatch(k -> k.equals("version")),
                "the lock version is bookkeeping, not a change: " + page.getMap("items[0].changes").keySet());
        assertEquals("AC-1", page.getString("items[1].changes.ref_code.after"));

        as(tenant, "key:writer-1").header("If-Match", "\"1\"").when().delete("/api/v1/catalog/controls/" + id)
                .then().statusCode(204);
        as(tenant, "key:reader").queryParam("entityId", id).queryParam("operation", "deleted").when().get(LOG).then()
                .statusCode(200).body("items.subject", equalTo(List.of("key:writer-1")))
                .body("items[0].changes.owner.before", equalTo("security"))
                .body("items[0].changes.owner.after", nullValue());
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        String id = createControl("key:writer-2", "AC-2");
        as(tenant, "key:reader").queryParam("entityId", id).when().get(LOG).then().statusCode(200)
                .body("items", not(empty()));
        as("cl-other-" + UUID.randomUUID().toString().substring(0, 6), "key:reader").queryParam("entityId", id)
                .when().get(LOG).then().statusCode(200).body("items", empty());
    }

    @Test
    void aRisksControlLinksBelongToTheRisksTenant() {
        String control = createControl("key:writer-3", "AC-3");
        String risk = as(tenant, "key:writer-3").body("""
                {"title": "Stale accounts", "owner": "ops", "likelihood": 3, "impact": 4, "treatment": "mitigate",
                 "controlIds": ["%s"]}""".formatted(control))
                .when().post("/api/v1/catalog/risks").then().statusCode(201).extract().path("id");
        as(tenant, "key:reader").queryParam("entity", "risk_control").when().get(LOG).then().statusCode(200)
                .body("items.entityId", hasItem(risk + "/" + control));
        as(tenant, "key:reader").queryParam("entity", "risk").queryParam("entityId", risk).when().get(LOG).then()
                .statusCode(200).body("items[0].changes", hasKey("inherent_score"))
                .body("items[0].changes.inherent_score.after", equalTo(12));
    }

    @Test
    void pagesFollowTheCursorAndFiltersNarrow() {
        createControl("key:pager", "PG-1");
        createControl("key:pager", "PG-2");
        createControl("key:pager", "PG-3");
        JsonPath first = as(tenant, "key:reader").queryParam("subject", "key:pager").queryParam("limit", "2")
                .when().get(LOG).then().statusCode(200).extract().jsonPath();
        assertEquals(2, first.getList("items").size());
        String cursor = first.getString("nextCursor");
        JsonPath second = as(tenant, "key:reader").queryParam("subject", "key:pager").queryParam("limit", "2")
                .queryParam("cursor", cursor).when().get(LOG).then().statusCode(200).extract().jsonPath();
        assertEquals(1, second.getList("items").size());
        assertEquals(null, second.getString("nextCursor"));
        assertNotEquals(first.getLong("items[1].id"), second.getLong("items[0].id"));
        assertTrue(second.getLong("items[0].id") < first.getLong("items[1].id"));
        as(tenant, "key:reader").queryParam("subject", "key:pager").queryParam("from", "2999-01-01T00:00:00Z")
                .when().get(LOG).then().statusCode(200).body("items", empty());
    }

    @Test
    void csvHasEveryMatchingEntry() {
        String id = createControl("key:csv", "CSV-1");
        String csv = as(tenant, "key:reader").queryParam("entityId", id).queryParam("format", "csv").when().get(LOG)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,occurred_at,subject,credential,entity,entity_id,operation,changes", lines.get(0));
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(1).contains("key:csv") && lines.get(1).contains("created"), lines.get(1));
    }

    @Test
    void badParametersAreProblems() {
        as(tenant, "key:reader").queryParam("operation", "renamed").when().get(LOG).then().statusCode(400)
                .contentType("application/problem+json");
        as(tenant, "key:reader").queryParam("cursor", "not-a-cursor").when().get(LOG).then().statusCode(400);
        as(tenant, "key:reader").queryParam("limit", "0").when().get(LOG).then().statusCode(400);
        as(tenant, "key:reader").queryParam("from", "yesterday").when().get(LOG).then().statusCode(400);
        as(tenant, "key:reader").queryParam("format", "xml").when().get(LOG).then().statusCode(400);
    }

    @Test
    void theFrameworksLoadedAtStartAreInTheSharedLogAsTheServicesOwnWork() {
        as(tenant, "key:reader").queryParam("shared", "true").queryParam("entity", "framework").when().get(LOG)
                .then().statusCode(200).body("items.entityId", hasItem("iso27001:2022"))
                .body("items.subject", hasItem("system"));
    }
}
