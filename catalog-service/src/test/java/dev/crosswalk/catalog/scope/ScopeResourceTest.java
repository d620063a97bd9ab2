package dev.crosswalk.catalog.scope;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScopeResourceTest {
    private static final String SCOPE = "/api/v1/catalog/scope";

    private final String tenant = "scope-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String tenantId) {
        return given().header("X-Tenant-Id", tenantId).contentType(ContentType.JSON);
    }

    private static String scope(String summary, String recordedBy) {
        return """
                {"summary": "%s", "locations": ["Berlin HQ", "AWS eu-central-1"], "systems": ["Billing platform"],
                 "services": ["SaaS invoicing"], "businessUnits": ["Engineering", "Support"],
                 "exclusions": [{"item": "Marketing website", "justification": "Static site with no customer data"}],
                 "recordedBy": "%s"}""".formatted(summary, recordedBy);
    }

    @Test
    void eachPutRecordsANewVersionAndTheLatestIsCurrent() {
        as(tenant).body(scope("Invoicing SaaS and its operation", "ciso")).when().put(SCOPE).then().statusCode(201)
                .header("Location", endsWith("/api/v1/catalog/scope/versions/1"))
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("locations", equalTo(List.of("Berlin HQ", "AWS eu-central-1")))
                .body("businessUnits", equalTo(List.of("Engineering", "Support")))
                .body("exclusions[0].item", equalTo("Marketing website"))
                .body("exclusions[0].justification", equalTo("Static site with no customer data"))
                .body("recordedBy", equalTo(GatewayIdentity.DEFAULT_SUBJECT))
                .body("recordedByName", equalTo("ciso"))
                .body("recordedAt", notNullValue());
        // decidedBy is accepted as another name of recordedBy; who recorded is the signed-in subject
        as(tenant).header(GatewayIdentity.SUBJECT, "user:board-secretary").body("""
                        {"summary": "Invoicing and payroll", "systems": ["Billing platform", "Payroll"],
                         "decidedBy": "management-board"}""")
                .when().put(SCOPE).then().statusCode(201)
                .body("version", equalTo(2))
                .body("recordedBy", equalTo("user:board-secretary"))
                .body("recordedByName", equalTo("management-board"))
                .body("locations", hasSize(0))
                .body("exclusions", hasSize(0));

        as(tenant).when().get(SCOPE).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("summary", equalTo("Invoicing and payroll"))
                .body("systems", equalTo(List.of("Billing platform", "Payroll")));
        as(tenant).when().get(SCOPE + "/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("totalItems", equalTo(2));
        as(tenant).when().get(SCOPE + "/versions/1").then().statusCode(200)
                .body("summary", equalTo("Invoicing SaaS and its operation"))
                .body("exclusions[0].item", equalTo("Marketing website"));
    }

    @Test
    void noScopeYetIsA404Problem() {
        as(tenant).when().get(SCOPE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:not-found"))
                .body("detail", containsString("No scope statement"));
        as(tenant).when().get(SCOPE + "/versions").then().statusCode(200).body("items", hasSize(0));
        as(tenant).when().get(SCOPE + "/versions/1").then().statusCode(404);
        as(tenant).when().get(SCOPE + "/versions/latest").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anExclusionWithoutJustificationIsRejectedNamingTheField() {
        as(tenant).body("""
                        {"summary": "s", "exclusions": [{"item": "Office Paris", "justification": "Sold"},
                                                        {"item": "Lab", "justification": " "}],
                         "recordedBy": "ciso"}""")
                .when().put(SCOPE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("exclusions[1].justification")));
        as(tenant).body("{\"summary\": \"s\", \"locations\": [\"\"]}").when().put(SCOPE).then().statusCode(400)
                .body("errors.field", equalTo(List.of("locations[0]")));
        as(tenant).when().get(SCOPE).then().statusCode(404);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        as(tenant).body(scope("v1", "ciso")).when().put(SCOPE).then().statusCode(201);
        as(tenant).header("If-Match", "\"0\"").body(scope("stale", "ciso")).when().put(SCOPE).then().statusCode(412)
                .body("type", equalTo("urn:crosswalk:problem:precondition-failed"));
        as(tenant).header("If-Match", "\"1\"").body(scope("v2", "ciso")).when().put(SCOPE).then().statusCode(201)
                .body("version", equalTo(2));
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        as(tenant).body(scope("Ours", "ciso")).when().put(SCOPE).then().statusCode(201);
        String other = "other-" + tenant;
        as(other).when().get(SCOPE).then().statusCode(404);
        as(other).when().get(SCOPE + "/versions/1").then().statusCode(404);
        as(other).when().get(SCOPE + "/versions").then().body("totalItems", equalTo(0));
        as(other).body(scope("Theirs", "cto")).when().put(SCOPE).then().statusCode(201).body("version", equalTo(1));
        as(tenant).when().get(SCOPE).then().body("summary", equalTo("Ours"));
    }
}
