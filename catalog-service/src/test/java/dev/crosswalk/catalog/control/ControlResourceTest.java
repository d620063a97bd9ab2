package dev.crosswalk.catalog.control;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ControlResourceTest {
    private static final String CONTROLS = "/api/v1/catalog/controls";

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String tenantId) {
        return given().header("X-Tenant-Id", tenantId).contentType(ContentType.JSON);
    }

    private static String control(String refCode, String name) {
        return """
                {"refCode": "%s", "name": "%s", "description": "Managers review access every quarter",
                 "owner": "it-security", "frequency": "quarterly"}""".formatted(refCode, name);
    }

    private Response create(String refCode) {
        return as(tenant).body(control(refCode, "Quarterly access review")).when().post(CONTROLS);
    }

    @Test
    void createsReadsUpdatesAndDeletesAControl() {
        Response created = create("AC-01");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/catalog/controls/"))
                .header("ETag", "\"0\"")
                .body("refCode", equalTo("AC-01"))
                .body("status", equalTo("active"))
                .body("frequency", equalTo("quarterly"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
        String id = created.path("id");

        as(tenant).when().get(CONTROLS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Quarterly access review"))
                .body("owner", equalTo("it-security"));

        as(tenant).header("If-Match", "\"0\"")
                .body("""
                        {"refCode": "AC-01", "name": "Quarterly user access review", "frequency": "quarterly",
                         "status": "draft"}""")
                .when().put(CONTROLS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Quarterly user access review"))
                .body("status", equalTo("draft"))
                .body("owner", equalTo(null))
                .body("version", equalTo(1));

        as(tenant).header("If-Match", "\"1\"").when().delete(CONTROLS + "/" + id).then().statusCode(204);
        as(tenant).when().get(CONTROLS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherTenantsControlIsNotFoundForEveryVerb() {
        String id = create("AC-02").then().statusCode(201).extract().path("id");
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        as(intruder).when().get(CONTROLS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:not-found"));
        as(intruder).header("If-Match", "\"0\"").body(control("AC-02", "Hijacked"))
                .when().put(CONTROLS + "/" + id).then().statusCode(404);
        as(intruder).when().delete(CONTROLS + "/" + id).then().statusCode(404);
        as(intruder).when().get(CONTROLS).then().statusCode(200).body("items", hasSize(0));
        as(tenant).when().get(CONTROLS + "/" + id).then().statusCode(200).body("name", equalTo("Quarterly access review"));
    }

    @Test
    void sameRefCodeTwiceInOneTenantIsAConflictButFineInAnother() {
        create("AC-03").then().statusCode(201);
        create("AC-03").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("AC-03"));
        as("other-" + tenant).body(control("AC-03", "Theirs")).when().post(CONTROLS).then().statusCode(201);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = create("AC-04").then().statusCode(201).extract().path("id");
        as(tenant).body(control("AC-04", "No precondition")).when().put(CONTROLS + "/" + id).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:precondition-required"));
        as(tenant).header("If-Match", "\"7\"").body(control("AC-04", "Stale")).when().put(CONTROLS + "/" + id)
                .then().statusCode(412)
                .body("type", equalTo("urn:crosswalk:problem:precondition-failed"));
        as(tenant).header("If-Match", "\"7\"").when().delete(CONTROLS + "/" + id).then().statusCode(412);
        as(tenant).when().get(CONTROLS + "/" + id).then().statusCode(200).body("name", equalTo("Quarterly access review"));
    }

    @Test
    void rejectsInvalidControlsNamingEveryField() {
        as(tenant).body("""
                        {"refCode": "bad code!", "name": " ", "frequency": null, "owner": "%s"}"""
                        .formatted("x".repeat(201)))
                .when().post(CONTROLS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("frequency", "name", "owner", "refCode")));
        as(tenant).body("{\"refCode\": \"AC-9\", \"name\": \"n\", \"frequency\": \"hourly\"}")
                .when().post(CONTROLS).then().statusCode(400)
                .body("errors[0].field", equalTo("frequency"))
                .body("errors[0].message", containsString("quarterly"));
        as(tenant).body("{\"refCode\": \"AC-9\", \"name\": [1, 2], \"frequency\": \"daily\"}")
                .when().post(CONTROLS).then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string"));
        as(tenant).when().get(CONTROLS).then().body("totalItems", equalTo(0));
    }

    @Test
    void listsFiltersAndPagesTheTenantsControls() {
        for (int i = 1; i <= 5; i++) {
            create("LC-0" + i).then().statusCode(201);
        }
        as(tenant).body("{\"refCode\": \"ZZ-1\", \"name\": \"Retired backup check\", \"frequency\": \"daily\","
                + " \"status\": \"retired\"}").when().post(CONTROLS).then().statusCode(201);
        as(tenant).queryParam("size", 2).queryParam("page", 1).when().get(CONTROLS).then().statusCode(200)
                .body("items.refCode", equalTo(List.of("LC-03", "LC-04")))
                .body("totalItems", equalTo(6))
                .body("totalPages", equalTo(3));
        as(tenant).queryParam("status", "retired").when().get(CONTROLS).then()
                .body("items.refCode", equalTo(List.of("ZZ-1")));
        as(tenant).queryParam("q", "backup").when().get(CONTROLS).then()
                .body("items.refCode", equalTo(List.of("ZZ-1")));
        as(tenant).queryParam("status", "gone").when().get(CONTROLS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(tenant).queryParam("size", 1000).when().get(CONTROLS).then().statusCode(400);
    }

    @Test
    void requestsWithoutAValidTenantAreRefused() {
        given().header(GatewayIdentity.RAW, "yes").contentType(ContentType.JSON).body(control("AC-10", "x"))
                .when().post(CONTROLS).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:unauthenticated"));
        given().header(GatewayIdentity.RAW, "yes").when().get(CONTROLS).then().statusCode(401);
        // what a caller that went around the gateway can send: a bare tenant header, or a token of its own
        as(tenant).header(GatewayIdentity.RAW, "yes").when().get(CONTROLS).then().statusCode(401)
                .body("detail", containsString("gateway"));
        String forged = InternalIdentity.sign("a-secret-that-is-not-the-gateways-one!!", tenant, "mallory", List.of());
        given().header(InternalIdentity.HEADER, forged).when().get(CONTROLS).then().statusCode(401);
        given().header(InternalIdentity.HEADER, GatewayIdentity.token(tenant)).when().get(CONTROLS).then().statusCode(200);
    }

    @Test
    void malformedIdsAreSimplyNotFound() {
        as(tenant).when().get(CONTROLS + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant).when().get(CONTROLS + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("does not exist"));
        as(tenant).when().get(CONTROLS).then().body("items.refCode", hasSize(0));
    }

    @Test
    void acceptsTheWildcardIfMatch() {
        String id = create("AC-11").then().statusCode(201).extract().path("id");
        as(tenant).header("If-Match", "*").body(control("AC-11", "Renamed")).when().put(CONTROLS + "/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        as(tenant).when().get(CONTROLS).then().body("items.name", hasItem("Renamed"));
    }
}
