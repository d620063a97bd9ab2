package dev.crosswalk.catalog.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RiskResourceTest {
    private static final String RISKS = "/api/v1/catalog/risks";

    private final String tenant = "risk-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String tenantId) {
        return given().header("X-Tenant-Id", tenantId).contentType(ContentType.JSON);
    }

    private String control(String tenantId, String refCode, String name) {
        return as(tenantId).body("{\"refCode\": \"%s\", \"name\": \"%s\", \"frequency\": \"quarterly\"}"
                        .formatted(refCode, name))
                .when().post("/api/v1/catalog/controls").then().statusCode(201).extract().path("id");
    }

    private static String risk(String title, String owner, int likelihood, int impact, String treatment,
                               String extra) {
        return """
                {"title": "%s", "description": "d", "owner": "%s", "likelihood": %d, "impact": %d,
                 "treatment": "%s"%s}""".formatted(title, owner, likelihood, impact, treatment,
                extra.isEmpty() ? "" : ", " + extra);
    }

    private String create(String body) {
        return as(tenant).body(body).when().post(RISKS).then().statusCode(201).extract().path("id");
    }

    @Test
    void createsReadsUpdatesAndDeletesARiskWithComputedScores() {
        String mfa = control(tenant, "IAM-01", "MFA everywhere");
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        String id = as(tenant).body(risk("Account takeover", "it-security", 4, 5, "mitigate",
                        "\"controlIds\": [\"" + mfa + "\"], \"treatmentDueDate\": \"" + due + "\""))
                .when().post(RISKS).then().statusCode(201)
                .header("Location", containsString("/api/v1/catalog/risks/"))
                .header("ETag", "\"0\"")
                .body("inherentScore", equalTo(20))
                .body("residualScore", nullValue())
                .body("status", equalTo("open"))
                .body("treatment", equalTo("mitigate"))
                .body("controlIds", equalTo(List.of(mfa)))
                .body("treatmentDueDate", equalTo(due))
                .extract().path("id");

        as(tenant).when().get(RISKS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Account takeover"))
                .body("likelihood", equalTo(4))
                .body("impact", equalTo(5));

        as(tenant).header("If-Match", "\"0\"")
                .body(risk("Account takeover", "ciso", 4, 5, "mitigate",
                        "\"residualLikelihood\": 2, \"residualImpact\": 3, \"status\": \"treated\""))
                .when().put(RISKS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("owner", equalTo("ciso"))
                .body("residualScore", equalTo(6))
                .body("inherentScore", equalTo(20))
                .body("status", equalTo("treated"))
                .body("controlIds", hasSize(0))
                .body("treatmentDueDate", nullValue())
                .body("version", equalTo(1));

        as(tenant).header("If-Match", "\"1\"").when().delete(RISKS + "/" + id).then().statusCode(204);
        as(tenant).when().get(RISKS + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = create(risk("Laptop theft", "it", 3, 3, "mitigate", ""));
        as(tenant).body(risk("Laptop theft", "it", 3, 4, "mitigate", "")).when().put(RISKS + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:precondition-required"));
        as(tenant).header("If-Match", "\"5\"").body(risk("Laptop theft", "it", 3, 4, "mitigate", ""))
                .when().put(RISKS + "/" + id).then().statusCode(412)
                .body("type", equalTo("urn:crosswalk:problem:precondition-failed"));
        as(tenant).header("If-Match", "\"5\"").when().delete(RISKS + "/" + id).then().statusCode(412);
        as(tenant).when().get(RISKS + "/" + id).then().statusCode(200).body("inherentScore", equalTo(9));
    }

    @Test
    void rejectsInvalidRisksNamingTheFields() {
        as(tenant).body("{\"title\": \" \", \"likelihood\": 6, \"impact\": 0, \"treatment\": \"mitigate\"}")
                .when().post(RISKS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("impact", "likelihood", "owner", "title")));
        as(tenant).body(risk("r", "o", 1, 1, "ignore", "")).when().post(RISKS).then().statusCode(400)
                .body("errors[0].field", equalTo("treatment"))
                .body("errors[0].message", containsString("mitigate, accept, transfer, avoid"));
        as(tenant).body(risk("r", "o", 1, 1, "accept", "\"residualLikelihood\": 1")).when().post(RISKS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("residualImpact")));
        as(tenant).body(risk("r", "o", 1, 1, "accept", "\"treatmentDueDate\": \"next week\"")).when().post(RISKS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("treatmentDueDate"));
        as(tenant).when().get(RISKS).then().body("totalItems", equalTo(0));
    }

    @Test
    void linkedControlsMustBeTheTenantsOwn() {
        String ours = control(tenant, "OPS-1", "Backups");
        String theirs = control("other-" + tenant, "OPS-1", "Their backups");
        as(tenant).body(risk("Data loss", "ops", 2, 5, "mitigate",
                        "\"controlIds\": [\"" + ours + "\", \"" + theirs + "\", \"" + UUID.randomUUID() + "\"]"))
                .when().post(RISKS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:unprocessable"))
                .body("errors.field", equalTo(List.of("controlIds[1]", "controlIds[2]")));
        as(tenant).when().get(RISKS).then().body("totalItems", equalTo(0));
    }

    @Test
    void aDeletedControlDropsOutOfTheRisk() {
        String backup = control(tenant, "OPS-2", "Backups");
        String restore = control(tenant, "OPS-3", "Restore drill");
        String id = create(risk("Data loss", "ops", 2, 5, "mitigate",
                "\"controlIds\": [\"" + backup + "\", \"" + restore + "\"]"));
        as(tenant).when().delete("/api/v1/catalog/controls/" + backup).then().statusCode(204);
        as(tenant).when().get(RISKS + "/" + id).then().statusCode(200).body("controlIds", equalTo(List.of(restore)));
    }

    @Test
    void listsFiltersAndOrdersByInherentScore() {
        create(risk("Phishing", "it", 4, 4, "mitigate", ""));
        create(risk("Vendor outage", "procurement", 2, 4, "transfer", ""));
        create(risk("Office flood", "facilities", 1, 3, "accept", ""));
        as(tenant).when().get(RISKS).then().statusCode(200)
                .body("items.title", equalTo(List.of("Phishing", "Vendor outage", "Office flood")))
                .body("items.inherentScore", equalTo(List.of(16, 8, 3)));
        as(tenant).queryParam("treatment", "transfer").when().get(RISKS).then()
                .body("items.title", equalTo(List.of("Vendor outage")));
        as(tenant).queryParam("owner", "facilities").when().get(RISKS).then()
                .body("items.title", equalTo(List.of("Office flood")));
        as(tenant).queryParam("minScore", 8).when().get(RISKS).then()
                .body("items.title", equalTo(List.of("Phishing", "Vendor outage")));
        as(tenant).queryParam("size", 1).queryParam("page", 2).when().get(RISKS).then()
                .body("items.title", equalTo(List.of("Office flood")))
                .body("totalPages", equalTo(3));
        as(tenant).queryParam("minScore", 26).when().get(RISKS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("minScore"));
        as(tenant).queryParam("minScore", "high").when().get(RISKS).then().statusCode(400);
        as(tenant).queryParam("treatment", "ignore").when().get(RISKS).then().statusCode(400)
                .body("errors[0].field", equalTo("treatment"));
        as(tenant).queryParam("size", 201).when().get(RISKS).then().statusCode(400);
    }

    @Test
    void theTreatmentPlanListsRisksStillToTreatWithTheirControls() {
        String mfa = control(tenant, "IAM-01", "MFA everywhere");
        String review = control(tenant, "IAM-02", "Quarterly access review");
        String late = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        create(risk("Phishing", "it", 4, 4, "mitigate", "\"controlIds\": [\"" + review + "\", \"" + mfa
                + "\"], \"residualLikelihood\": 2, \"residualImpact\": 2, \"treatmentDueDate\": \"" + late + "\""));
        create(risk("Vendor outage", "procurement", 3, 5, "transfer", ""));
        create(risk("Office flood", "facilities", 1, 3, "accept", "\"status\": \"treated\""));
        create(risk("Old server", "it", 5, 5, "avoid", "\"status\": \"closed\""));
        create(risk("Shadow IT", "it", 2, 2, "accept", ""));

        as(tenant).when().get(RISKS + "/treatment-plan").then().statusCode(200)
                .body("items.title", equalTo(List.of("Phishing", "Vendor outage", "Shadow IT")))
                .body("items[0].inherentScore", equalTo(16))
                .body("items[0].residualScore", equalTo(4))
                .body("items[0].owner", equalTo("it"))
                .body("items[0].treatmentDueDate", equalTo(late))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].controls.refCode", equalTo(List.of("IAM-01", "IAM-02")))
                .body("items[0].controls.name", equalTo(List.of("MFA everywhere", "Quarterly access review")))
                .body("items[1].treatment", equalTo("transfer"))
                .body("items[1].controls", hasSize(0))
                .body("items[1].overdue", equalTo(false))
                .body("items[2].status", equalTo("open"))
                .body("totalItems", equalTo(3));
    }

    @Test
    void anotherTenantsRiskIsNotFoundForEveryVerb() {
        String id = create(risk("Insider fraud", "hr", 2, 5, "mitigate", ""));
        String intruder = "intruder-" + tenant;
        as(intruder).when().get(RISKS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:crosswalk:problem:not-found"));
        as(intruder).header("If-Match", "\"0\"").body(risk("Hijacked", "x", 1, 1, "accept", ""))
                .when().put(RISKS + "/" + id).then().statusCode(404);
        as(intruder).when().delete(RISKS + "/" + id).then().statusCode(404);
        as(intruder).when().get(RISKS).then().statusCode(200).body("items", hasSize(0));
        as(intruder).when().get(RISKS + "/treatment-plan").then().statusCode(200).body("items", hasSize(0));
        as(tenant).when().get(RISKS + "/" + id).then().statusCode(200).body("title", equalTo("Insider fraud"));
        as(tenant).when().get(RISKS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aRiskCitedByACurrentApplicabilityDecisionCannotBeDeleted() {
        String id = create(risk("Malware", "it", 3, 4, "mitigate", ""));
        String decide = "/api/v1/catalog/applicability/A.8.7";
        as(tenant).body("""
                        {"applicable": true, "reasons": ["risk_treatment"], "riskIds": ["%s"], "decidedBy": "ciso"}"""
                        .formatted(id))
                .when().put(decide).then().statusCode(200);
        as(tenant).when().delete(RISKS + "/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:conflict"))
                .body("detail", containsString("A.8.7"));
        as(tenant).body("{\"applicable\": true, \"reasons\": [\"best_practice\"], \"decidedBy\": \"ciso\"}")
                .when().put(decide).then().statusCode(200);
        as(tenant).when().delete(RISKS + "/" + id).then().statusCode(204);
        as(tenant).when().get(decide + "/history").then().body("items[1].riskIds", equalTo(List.of(id)));
    }

    @Test
    void locationPointsAtTheNewRisk() {
        String location = as(tenant).body(risk("Ransomware", "it", 3, 5, "mitigate", "")).when().post(RISKS)
                .then().statusCode(201).extract().header("Location");
        given().header("X-Tenant-Id", tenant).when().get(location).then().statusCode(200)
                .body("title", equalTo("Ransomware"));
        as(tenant).when().get(RISKS).then().body("items[0].id", endsWith(location.substring(location.lastIndexOf('/') + 1)));
    }
}
