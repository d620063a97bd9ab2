package dev.crosswalk.catalog.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OscalImportTest {
    /** A small catalog written for this test in the OSCAL 1.1 catalog model. */
    private static final String CATALOG = """
            {"catalog": {
              "uuid": "1b6e4c42-5d1e-4f0a-9a51-0c1f2a3b4c5d",
              "metadata": {"title": "Example Cloud Baseline", "version": "2.0", "oscal-version": "1.1.2",
                           "last-modified": "2026-01-01T00:00:00Z", "parties": [{"type": "organization", "name": "Example Org"}]},
              "groups": [
                {"id": "iam", "title": "Identity and access", "controls": [
                  {"id": "iam-1", "title": "Single sign-on", "props": [{"name": "label", "value": "IAM-1"}],
                   "controls": [{"id": "iam-1.1", "title": "Phishing-resistant MFA", "props": [{"name": "label", "value": "IAM-1(1)"}]}]}
                ],
                 "groups": [{"id": "iam-priv", "title": "Privileged access", "controls": [
                   {"id": "iam-5", "title": "Just-in-time admin access"}]}]},
                {"id": "log", "title": "Logging", "controls": [{"id": "log-1", "title": "Central log retention"}]}
              ],
              "controls": [{"id": "gen-1", "title": "Baseline ownership"}]
            }}""";

    @Test
    void importsAnOscalCatalogWithGroupsEnhancementsAndLabels() {
        given().contentType(ContentType.JSON).body(CATALOG).queryParam("id", "example-cloud:2.0")
                .header(GatewayIdentity.OPERATOR, "yes").when().post("/api/v1/catalog/frameworks/oscal").then().statusCode(201)
                .body("name", equalTo("Example Cloud Baseline"))
                .body("publisher", equalTo("Example Org"))
                .body("requirementCount", equalTo(5))
                .body("groups.code", equalTo(List.of("iam", "log", "ungrouped")))
                .body("groups.requirementCount", equalTo(List.of(3, 1, 1)));
        given().when().get("/api/v1/catalog/frameworks/example-cloud:2.0/requirements/IAM-1").then().statusCode(200)
                .body("kind", equalTo("control"))
                .body("children.ref", equalTo(List.of("IAM-1(1)")));
    }

    @Test
    void refusesSomethingThatIsNotAnOscalCatalogOrHasNoId() {
        given().contentType(ContentType.JSON).body("{\"profile\": {}}").queryParam("id", "x:1")
                .header(GatewayIdentity.OPERATOR, "yes").when().post("/api/v1/catalog/frameworks/oscal").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(CATALOG)
                .header(GatewayIdentity.OPERATOR, "yes").when().post("/api/v1/catalog/frameworks/oscal").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).body(CATALOG.replace("\"Example Cloud Baseline\"", "null"))
                .queryParam("id", "example-cloud:3.0")
                .header(GatewayIdentity.OPERATOR, "yes").when().post("/api/v1/catalog/frameworks/oscal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("name")));
    }
}
