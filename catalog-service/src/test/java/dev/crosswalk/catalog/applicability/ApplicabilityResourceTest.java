package dev.crosswalk.catalog.applicability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ApplicabilityResourceTest {
    private static final String SOA = "/api/v1/catalog/applicability";

    private final String tenant = "soa-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String tenantId) {
        return given().header("X-Tenant-Id", tenantId).contentType(ContentType.JSON);
    }

    private String risk(String tenantId, String title) {
        return as(tenantId).body("""
                        {"title": "%s", "owner": "it", "likelihood": 3, "impact": 4, "treatment": "mitigate"}"""
                        .formatted(title))
                .when().post("/api/v1/catalog/risks").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNewTenantSeesAll93AnnexAControlsUndecided() {
        as(tenant).when().get(SOA).then().statusCode(200)
                .body("framework", equalTo("iso27001:2022"))
                .body("total", equalTo(93))
                .body("undecided", equalTo(93))
                .body("applicable", equalTo(0))
                .body("items", hasSize(93))
                .body("items.status", everyItem(equalTo("undecided")))
                .body("items[0].requirementId", equalTo("A.5.1"))
                .body("items[0].title", equalTo("Policies for information security"))
                .body("items[0].theme", equalTo("organizational"))
                .body("items[92].requirementId", equalTo("A.8.34"))
                .body("items[92].theme", equalTo("technological"));
        as(tenant).queryParam("theme", "people").when().get(SOA).then().body("items", hasSize(8));
    }

    @Test
    void decisionsAreVersionedAndTheLatestIsCurrent() {
        String riskId = risk(tenant, "Unpatched servers");
        as(tenant).body("""
                        {"applicable": true, "justification": "Patch gaps are our top risk",
                         "reasons": ["risk_treatment", "best_practice"], "riskIds": ["%s"], "decidedBy": "ciso"}"""
                        .formatted(riskId))
                .when().put(SOA + "/A.8.8").then().statusCode(200)
                .body("requirementId", equalTo("A.8.8"))
                .body("title", equalTo("Management of technical vulnerabilities"))
                .body("theme", equalTo("technological"))
                .body("status", equalTo("applicable"))
                .body("applicable", equalTo(true))
                .body("reasons", equalTo(List.of("risk_treatment", "best_practice")))
                .body("riskIds", equalTo(List.of(riskId)))
                .body("decidedBy", equalTo(GatewayIdentity.DEFAULT_SUBJECT))
                .body("decidedByName", equalTo("ciso"))
                .body("decidedAt", notNullValue())
                .body("version", equalTo(1));
        as(tenant).body("""
                        {"applicable": false, "justification": "All servers are managed by our PaaS provider",
                         "decidedBy": "isms-board"}""")
                .when().put(SOA + "/A.8.8").then().statusCode(200)
                .body("status", equalTo("excluded"))
                .body("version", equalTo(2));

        as(tenant).when().get(SOA + "/A.8.8").then().statusCode(200)
                .body("status", equalTo("excluded"))
                .body("justification", equalTo("All servers are managed by our PaaS provider"))
                .body("reasons", hasSize(0))
                .body("version", equalTo(2));
        as(tenant).when().get(SOA + "/A.8.8/history").then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items.status", equalTo(List.of("excluded", "applicable")))
                .body("items[1].riskIds", equalTo(List.of(riskId)));
        as(tenant).when().get(SOA + "/A.5.1").then().statusCode(200)
                .body("status", equalTo("undecided"))
                .body("applicable", nullValue())
                .body("version", nullValue());

        as(tenant).when().get(SOA).then()
                .body("excluded", equalTo(1))
                .body("undecided", equalTo(92));
        as(tenant).queryParam("status", "excluded").when().get(SOA).then()
                .body("items.requirementId", equalTo(List.of("A.8.8")))
                .body("total", equalTo(93));
        as(tenant).queryParam("status", "undecided").when().get(SOA).then().body("items", hasSize(92));
        as(tenant).queryParam("status", "maybe").when().get(SOA).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void anExclusionNeedsAJustification() {
        as(tenant).body("{\"applicable\": false, \"justification\": \"  \", \"decidedBy\": \"ciso\"}")
                .when().put(SOA + "/A.7.4").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("justification")));
        as(tenant).body("""
                        {"applicable": false, "justification": "No premises", "reasons": ["legal"], "decidedBy": "ciso"}""")
                .when().put(SOA + "/A.7.4").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reasons")));
        as(tenant).when().get(SOA + "/A.7.4").then().body("status", equalTo("undecided"));
    }

    @Test
    void anInclusionNeedsAReasonAndRiskTreatmentNeedsRisks() {
        as(tenant).body("{\"applicable\": true, \"decidedBy\": \"ciso\"}").when().put(SOA + "/A.5.15")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("reasons")))
                .body("errors[0].message", containsString("at least one reason"));
        as(tenant).body("{\"applicable\": true, \"reasons\": [\"risk_treatment\"], \"decidedBy\": \"ciso\"}")
                .when().put(SOA + "/A.5.15").then().statusCode(400)
                .body("errors.field", equalTo(List.of("riskIds")));
        as(tenant).body("{\"applicable\": true, \"reasons\": [\"regulatory\"], \"decidedBy\": \"ciso\"}")
                .when().put(SOA + "/A.5.15").then().statusCode(400)
                .body("errors[0].field", equalTo("reasons[0]"))
                .body("errors[0].message", containsString("risk_treatment, legal, contractual, business, best_practice"));
        as(tenant).body("{\"reasons\": [\"legal\"]}").when().put(SOA + "/A.5.15").then().statusCode(400)
                .body("errors.field", equalTo(List.of("applicable")));
        as(tenant).when().get(SOA + "/A.5.15/history").then().body("items", hasSize(0));
    }

    @Test
    void citedRisksMustExistInThisTenantsRegister() {
        String ours = risk(tenant, "Ours");
        String theirs = risk("other-" + tenant, "Theirs");
        as(tenant).body("""
                        {"applicable": true, "reasons": ["risk_treatment"], "riskIds": ["%s", "%s", "%s"],
                         "decidedBy": "ciso"}""".formatted(ours, UUID.randomUUID(), theirs))
                .when().put(SOA + "/A.8.24").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:unprocessable"))
                .body("errors.field", equalTo(List.of("riskIds[1]", "riskIds[2]")));
        as(tenant).when().get(SOA + "/A.8.24").then().body("status", equalTo("undecided"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A.9.1", "4.1", "CC1.1", "A.8.35", "a.5.1"})
    void onlyAnnexAControlsCanBeDecided(String id) {
        String body = "{\"applicable\": true, \"reasons\": [\"legal\"], \"decidedBy\": \"ciso\"}";
        as(tenant).body(body).when().put(SOA + "/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:not-found"));
    }

    @Test
    void onlyAnnexAControlsHaveADecisionOrAHistory() {
        as(tenant).when().get(SOA + "/6.1.2").then().statusCode(404);
        as(tenant).when().get(SOA + "/A.99/history").then().statusCode(404);
    }

    @Test
    void anotherTenantStillSeesEverythingUndecided() {
        as(tenant).body("{\"applicable\": true, \"reasons\": [\"contractual\"], \"decidedBy\": \"ciso\"}")
                .when().put(SOA + "/A.5.19").then().statusCode(200);
        String other = "other-" + tenant;
        as(other).when().get(SOA).then().body("undecided", equalTo(93))
                .body("items.status", everyItem(equalTo("undecided")));
        as(other).when().get(SOA + "/A.5.19").then().statusCode(200).body("status", equalTo("undecided"));
        as(other).when().get(SOA + "/A.5.19/history").then().body("items", hasSize(0));
        as(tenant).when().get(SOA + "/A.5.19").then().body("status", equalTo("applicable"));
    }

    @Test
    void aBulkDecisionIsAllOrNothing() {
        as(tenant).body("""
                        {"decisions": [
                          {"requirementId": "A.6.1", "applicable": true, "reasons": ["legal"], "decidedBy": "hr"},
                          {"requirementId": "A.7.1", "applicable": false, "decidedBy": "hr"},
                          {"requirementId": "5.1", "applicable": true, "reasons": ["legal"], "decidedBy": "hr"}]}""")
                .when().put(SOA).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("decisions[1].justification", "decisions[2].requirementId")));
        as(tenant).when().get(SOA).then().body("undecided", equalTo(93));

        as(tenant).body("""
                        {"decisions": [
                          {"requirementId": "A.6.1", "applicable": true, "reasons": ["legal"], "decidedBy": "hr"},
                          {"requirementId": "A.7.1", "applicable": false, "justification": "Fully remote company",
                           "decidedBy": "hr"}]}""")
                .when().put(SOA).then().statusCode(200)
                .body("requirementId", equalTo(List.of("A.6.1", "A.7.1")))
                .body("status", equalTo(List.of("applicable", "excluded")))
                .body("version", equalTo(List.of(1, 1)));
        as(tenant).when().get(SOA).then().body("applicable", equalTo(1)).body("excluded", equalTo(1));
    }
}
