package dev.crosswalk.catalog.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuditCycleResourceTest {
    private static final String AUDITS = "/api/v1/catalog/audits";
    private static final String FINDINGS = "/api/v1/catalog/findings";
    private static final String ACTIONS = "/api/v1/catalog/corrective-actions";

    private final String tenant = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private RequestSpecification as(String tenantId) {
        return given().header("X-Tenant-Id", tenantId).contentType(ContentType.JSON);
    }

    private static String audit(String kind, String title, LocalDate start, LocalDate end, String status) {
        return """
                {"kind": "%s", "title": "%s", "plannedStart": "%s", "plannedEnd": "%s", "status": "%s",
                 "auditor": "CertBody GmbH"}""".formatted(kind, title, start, end, status);
    }

    private String createAudit(String kind, String title, LocalDate start, String status) {
        return as(tenant).body(audit(kind, title, start, start.plusDays(2), status)).when().post(AUDITS)
                .then().statusCode(201).extract().path("id");
    }

    private String raise(String auditId, String type) {
        return as(tenant).body("{\"type\": \"%s\", \"requirementId\": \"A.5.15\", \"description\": \"Leavers keep access\"}"
                        .formatted(type))
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(201).extract().path("id");
    }

    private String addAction(String findingId, LocalDate due) {
        return as(tenant).body("{\"description\": \"Automate leaver revocation\", \"owner\": \"it\", \"dueDate\": \"%s\"}"
                        .formatted(due))
                .when().post(FINDINGS + "/" + findingId + "/corrective-actions").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void plansListsReadsAndUpdatesAudits() {
        LocalDate start = today.plusDays(40);
        String id = as(tenant).body(audit("stage_1", "Stage 1 certification audit", start, start.plusDays(1), "planned"))
                .when().post(AUDITS).then().statusCode(201)
                .header("Location", containsString(AUDITS + "/"))
                .header("ETag", "\"0\"")
                .body("kind", equalTo("stage_1"))
                .body("status", equalTo("planned"))
                .body("plannedStart", equalTo(start.toString()))
                .body("plannedEnd", equalTo(start.plusDays(1).toString()))
                .body("auditor", equalTo("CertBody GmbH"))
                .extract().path("id");
        createAudit("internal_audit", "Internal audit 2026", today.plusDays(10), "planned");
        createAudit("management_review", "Management review Q1", today.minusDays(30), "completed");

        as(tenant).when().get(AUDITS).then().statusCode(200)
                .body("items.title", equalTo(List.of("Management review Q1", "Internal audit 2026",
                        "Stage 1 certification audit")));
        as(tenant).queryParam("kind", "internal_audit").when().get(AUDITS).then()
                .body("items.title", equalTo(List.of("Internal audit 2026")));
        as(tenant).queryParam("status", "completed").when().get(AUDITS).then()
                .body("items.kind", equalTo(List.of("management_review")));
        as(tenant).queryParam("kind", "pentest").when().get(AUDITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("internal_audit"));

        as(tenant).when().get(AUDITS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Stage 1 certification audit"))
                .body("findings", hasSize(0));
        as(tenant).body(audit("stage_1", "Stage 1", start, start, "in_progress")).when().put(AUDITS + "/" + id)
                .then().statusCode(428);
        as(tenant).header("If-Match", "\"3\"").body(audit("stage_1", "Stage 1", start, start, "in_progress"))
                .when().put(AUDITS + "/" + id).then().statusCode(412);
        as(tenant).header("If-Match", "\"0\"").body(audit("stage_1", "Stage 1", start, start, "in_progress"))
                .when().put(AUDITS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("in_progress"))
                .body("plannedEnd", equalTo(start.toString()));
    }

    @Test
    void rejectsInvalidAudits() {
        as(tenant).body(audit("pentest", "x", today, today, "planned")).when().post(AUDITS).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(tenant).body(audit("surveillance", "x", today, today.minusDays(1), "planned")).when().post(AUDITS)
                .then().statusCode(400)
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("plannedEnd")));
        as(tenant).body("{\"kind\": \"surveillance\", \"title\": \" \", \"plannedStart\": \"soon\"}").when().post(AUDITS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("plannedStart"));
        as(tenant).body("{\"kind\": \"surveillance\"}").when().post(AUDITS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("plannedEnd", "plannedStart", "title")));
        as(tenant).when().get(AUDITS).then().body("totalItems", equalTo(0));
    }

    @Test
    void findingsAndCorrectiveActionsHangOffTheAudit() {
        String auditId = createAudit("internal_audit", "IA", today.minusDays(5), "completed");
        String findingId = as(tenant)
                .body("{\"type\": \"minor_nonconformity\", \"requirementId\": \"9.2.1\", \"description\": \"No audit programme\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(201)
                .header("Location", containsString(FINDINGS + "/"))
                .body("type", equalTo("minor_nonconformity"))
                .body("framework", equalTo("iso27001:2022"))
                .body("requirementId", equalTo("9.2.1"))
                .body("status", equalTo("open"))
                .body("auditId", equalTo(auditId))
                .extract().path("id");
        as(tenant).body("{\"type\": \"observation\", \"framework\": \"soc2-tsc:2017\", \"requirementId\": \"CC6.1\","
                        + " \"description\": \"Access reviews are manual\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(201)
                .body("framework", equalTo("soc2-tsc:2017"));
        as(tenant).body("{\"type\": \"opportunity_for_improvement\", \"description\": \"Automate evidence\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(201)
                .body("requirementId", nullValue());

        String due = today.plusDays(20).toString();
        String actionId = as(tenant)
                .body("{\"description\": \"Write the audit programme\", \"owner\": \"isms-lead\", \"dueDate\": \"%s\"}"
                        .formatted(due))
                .when().post(FINDINGS + "/" + findingId + "/corrective-actions").then().statusCode(201)
                .header("Location", containsString(ACTIONS + "/"))
                .body("status", equalTo("open"))
                .body("dueDate", equalTo(due))
                .body("overdue", equalTo(false))
                .body("findingId", equalTo(findingId))
                .extract().path("id");

        as(tenant).when().get(AUDITS + "/" + auditId).then().statusCode(200)
                .body("findings.type", equalTo(List.of("minor_nonconformity", "observation", "opportunity_for_improvement")))
                .body("findings[0].correctiveActions.owner", equalTo(List.of("isms-lead")));
        as(tenant).when().get(FINDINGS + "/" + findingId).then().statusCode(200)
                .body("correctiveActions[0].id", equalTo(actionId));

        as(tenant).body("{\"status\": \"in_progress\"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(200)
                .body("status", equalTo("in_progress"))
                .body("completedAt", nullValue())
                .body("owner", equalTo("isms-lead"));
        as(tenant).body("{\"status\": \"finished\"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(tenant).body("{\"owner\": \" \"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        as(tenant).when().get(ACTIONS + "/" + actionId).then().statusCode(200).body("status", equalTo("in_progress"));
    }

    @Test
    void aNonconformityClosesOnlyOnceItsCorrectiveActionsAreDone() {
        String auditId = createAudit("stage_2", "Stage 2", today.minusDays(10), "completed");
        String major = raise(auditId, "major_nonconformity");
        as(tenant).body("{\"status\": \"closed\"}").when().patch(FINDINGS + "/" + major).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:conflict"))
                .body("detail", containsString("corrective action"));
        String actionId = addAction(major, today.plusDays(5));
        as(tenant).body("{\"status\": \"closed\"}").when().patch(FINDINGS + "/" + major).then().statusCode(409)
                .body("detail", containsString("1 corrective action(s)"));
        as(tenant).body("{\"status\": \"done\"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(200)
                .body("completedAt", notNullValue());
        as(tenant).body("{\"status\": \"closed\"}").when().patch(FINDINGS + "/" + major).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("closedAt", notNullValue());

        // a closed finding is frozen until reopened
        as(tenant).body("{\"status\": \"open\"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(409);
        as(tenant).body("{\"description\": \"More\", \"owner\": \"it\", \"dueDate\": \"%s\"}".formatted(today))
                .when().post(FINDINGS + "/" + major + "/corrective-actions").then().statusCode(409);
        as(tenant).body("{\"status\": \"open\"}").when().patch(FINDINGS + "/" + major).then().statusCode(200)
                .body("closedAt", nullValue());

        String observation = raise(auditId, "observation");
        as(tenant).body("{\"status\": \"closed\"}").when().patch(FINDINGS + "/" + observation).then().statusCode(200)
                .body("status", equalTo("closed"));
    }

    @Test
    void findingsMustNameAKnownRequirementAndType() {
        String auditId = createAudit("surveillance", "Surveillance 1", today.plusDays(100), "planned");
        as(tenant).body("{\"type\": \"observation\", \"requirementId\": \"A.99.1\", \"description\": \"d\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("requirementId")));
        as(tenant).body("{\"type\": \"remark\", \"description\": \"d\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("major_nonconformity"));
        as(tenant).body("{\"type\": \"observation\", \"description\": \"d\"}")
                .when().post(AUDITS + "/" + UUID.randomUUID() + "/findings").then().statusCode(404);
        as(tenant).when().get(AUDITS + "/" + auditId).then().body("findings", hasSize(0));
        as(tenant).when().get(FINDINGS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(tenant).when().get(ACTIONS + "/nope").then().statusCode(404);
    }

    @Test
    void anotherTenantsAuditsFindingsAndActionsAreNotFound() {
        String auditId = createAudit("internal_audit", "Ours", today.plusDays(3), "planned");
        String findingId = raise(auditId, "minor_nonconformity");
        String actionId = addAction(findingId, today.plusDays(7));
        String intruder = "intruder-" + tenant;
        as(intruder).when().get(AUDITS + "/" + auditId).then().statusCode(404)
                .body("type", equalTo("urn:crosswalk:problem:not-found"));
        as(intruder).header("If-Match", "\"0\"").body(audit("stage_1", "Hijack", today, today, "planned"))
                .when().put(AUDITS + "/" + auditId).then().statusCode(404);
        as(intruder).body("{\"type\": \"observation\", \"description\": \"d\"}")
                .when().post(AUDITS + "/" + auditId + "/findings").then().statusCode(404);
        as(intruder).when().get(FINDINGS + "/" + findingId).then().statusCode(404);
        as(intruder).body("{\"status\": \"closed\"}").when().patch(FINDINGS + "/" + findingId).then().statusCode(404);
        as(intruder).body("{\"description\": \"x\", \"owner\": \"x\", \"dueDate\": \"%s\"}".formatted(today))
                .when().post(FINDINGS + "/" + findingId + "/corrective-actions").then().statusCode(404);
        as(intruder).when().get(ACTIONS + "/" + actionId).then().statusCode(404);
        as(intruder).body("{\"status\": \"done\"}").when().patch(ACTIONS + "/" + actionId).then().statusCode(404);
        as(intruder).when().get(AUDITS).then().body("items", hasSize(0));
        as(intruder).when().get("/api/v1/catalog/deadlines").then().body("items", hasSize(0));
        as(tenant).when().get(ACTIONS + "/" + actionId).then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void deadlinesMergeAuditsActionsAndRiskTreatmentsSoonestFirst() {
        createAudit("internal_audit", "Internal audit", today.plusDays(30), "planned");
        createAudit("stage_2", "Stage 2", today.plusDays(200), "planned");
        createAudit("management_review", "Done review", today.plusDays(5), "completed");
        String auditId = createAudit("internal_audit", "Last year", today.minusDays(60), "completed");
        String findingId = raise(auditId, "minor_nonconformity");
        String lateAction = addAction(findingId, today.minusDays(2));
        String doneAction = addAction(findingId, today.plusDays(1));
        as(tenant).body("{\"status\": \"done\"}").when().patch(ACTIONS + "/" + doneAction).then().statusCode(200);
        String riskId = as(tenant).body("""
                        {"title": "Phishing", "owner": "it", "likelihood": 4, "impact": 4, "treatment": "mitigate",
                         "treatmentDueDate": "%s"}""".formatted(today.plusDays(45)))
                .when().post("/api/v1/catalog/risks").then().statusCode(201).extract().path("id");
        as(tenant).body("""
                        {"title": "Treated", "owner": "it", "likelihood": 1, "impact": 1, "treatment": "mitigate",
                         "status": "treated", "treatmentDueDate": "%s"}""".formatted(today.plusDays(10)))
                .when().post("/api/v1/catalog/risks").then().statusCode(201);

        as(tenant).when().get("/api/v1/catalog/deadlines").then().statusCode(200)
                .body("items.kind", equalTo(List.of("corrective_action", "audit", "risk_treatment")))
                .body("items[0].id", equalTo(lateAction))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].daysLeft", equalTo(-2))
                .body("items[0].owner", equalTo("it"))
                .body("items[0].href", equalTo(ACTIONS + "/" + lateAction))
                .body("items[1].title", equalTo("Internal audit"))
                .body("items[1].date", equalTo(today.plusDays(30).toString()))
                .body("items[1].overdue", equalTo(false))
                .body("items[2].id", equalTo(riskId))
                .body("items[2].daysLeft", equalTo(45));
        as(tenant).queryParam("within", "P1Y").when().get("/api/v1/catalog/deadlines").then().statusCode(200)
                .body("items.title", equalTo(List.of("Automate leaver revocation", "Internal audit", "Phishing", "Stage 2")));
        as(tenant).queryParam("within", "P7D").when().get("/api/v1/catalog/deadlines").then()
                .body("items.kind", equalTo(List.of("corrective_action")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90 days", "PT24H", "P2Y", "P400D", "P-5D"})
    void badWindowsAreA400Problem(String within) {
        as(tenant).queryParam("within", within).when().get("/api/v1/catalog/deadlines").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:bad-parameter"))
                .body("errors[0].field", equalTo("within"));
    }

    @Test
    void aYearWrittenInMonthsIsAGoodWindow() {
        as(tenant).queryParam("within", "P12M").when().get("/api/v1/catalog/deadlines").then().statusCode(200);
    }
}
