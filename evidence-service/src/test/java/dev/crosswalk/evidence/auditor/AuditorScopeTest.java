package dev.crosswalk.evidence.auditor;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.support.identity.AccessEntry;
import dev.crosswalk.support.identity.AuditorScope;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An auditor's key sees the evidence of its audit period only, reads only what is marked, and every request is recorded. */
@QuarkusTest
class AuditorScopeTest {
    private static final AuditorScope FIRST_HALF = new AuditorScope(null, LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-06-30"), List.of("iso27001:2022"));

    private final String tenant = CatalogFixture.tenant("audit");
    private final String auditor = "key:" + UUID.randomUUID();
    private String inside;
    private String before;

    @Inject
    RecordingAccessRecorder recorder;

    @BeforeEach
    void evidence() {
        CatalogFixture.controls(tenant, "monthly", "AC-01");
        before = post("Before", "2025-12-31T23:59:59Z");
        inside = post("Inside", "2026-03-15T10:00:00Z");
        post("After", "2026-07-01T00:00:00Z");
    }

    private String post(String title, String collectedAt) {
        return as(tenant).body(item("AC-01", title, Instant.parse(collectedAt))).when().post(EVIDENCE).then()
                .statusCode(201).extract().path("id");
    }

    private RequestSpecification asAuditor(String tenant) {
        return given().header(InternalIdentity.HEADER, GatewayIdentity.auditor(tenant, auditor, FIRST_HALF))
                .contentType(ContentType.JSON);
    }

    @Test
    void listsAndTimelinesHoldOnlyRecordsCollectedInThePeriod() {
        as(tenant).when().get(EVIDENCE).then().statusCode(200).body("items", hasSize(3));
        asAuditor(tenant).when().get(EVIDENCE).then().statusCode(200).body("items.title", equalTo(List.of("Inside")));
        asAuditor(tenant).queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2030-01-01T00:00:00Z")
                .when().get(EVIDENCE).then().statusCode(200).body("items.title", equalTo(List.of("Inside")));
        asAuditor(tenant).queryParam("from", "2026-04-01T00:00:00Z").when().get(EVIDENCE).then().statusCode(200)
                .body("items", hasSize(0));
        asAuditor(tenant).queryParam("control", "AC-01").when().get(EVIDENCE + "/timeline").then().statusCode(200)
                .body("from", equalTo("2026-01-01T00:00:00Z"))
                .body("evidence.title", equalTo(List.of("Inside")));
        asAuditor(tenant).queryParam("from", "2026-07-01T00:00:00Z").when().get(EVIDENCE).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("2026-01-01 to 2026-06-30"));
    }

    @Test
    void aRecordOutsideThePeriodOrOfAnotherTenantIsNotThere() {
        asAuditor(tenant).when().get(EVIDENCE + "/" + inside).then().statusCode(200).body("evidence.title", equalTo("Inside"));
        asAuditor(tenant).when().get(EVIDENCE + "/" + before).then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant).when().get(EVIDENCE + "/" + before).then().statusCode(200);
        String other = CatalogFixture.tenant("audit-other");
        asAuditor(other).when().get(EVIDENCE + "/" + inside).then().statusCode(404);
        asAuditor(other).when().get(EVIDENCE).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void writesAndUnmarkedReadsAreRefusedNamingTheRule() {
        asAuditor(tenant).body(item("AC-01", "Sneaked in")).when().post(EVIDENCE).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("x-crosswalk-auditor-readable"));
        asAuditor(tenant).when().get("/api/v1/evidence/settings").then().statusCode(403)
                .body("detail", containsString("x-crosswalk-auditor-readable"));
        as(tenant).when().get("/api/v1/evidence/settings").then().statusCode(200);
        as(tenant).when().get(EVIDENCE).then().body("items", hasSize(3));
    }

    @Test
    void everyRequestOfTheAuditorIsRecordedAllowedOrRefused() {
        asAuditor(tenant).queryParam("control", "AC-01").when().get(EVIDENCE).then().statusCode(200);
        asAuditor(tenant).when().get("/api/v1/evidence/settings").then().statusCode(403);
        asAuditor(tenant).when().get(EVIDENCE + "/" + before).then().statusCode(404);
        as(tenant).header(GatewayIdentity.SUBJECT, auditor).when().get(EVIDENCE).then().statusCode(200);

        List<AccessEntry> entries = recorder.of(auditor);
        assertEquals(List.of("GET /api/v1/evidence?control=AC-01 200", "GET /api/v1/evidence/settings 403",
                "GET /api/v1/evidence/" + before + " 404"),
                entries.stream().map(e -> e.method() + " " + e.path() + " " + e.status()).toList());
        assertTrue(entries.stream().allMatch(e -> e.tenantId().equals(tenant)));
        assertTrue(entries.stream().allMatch(e -> e.occurredAt().isAfter(Instant.now().minusSeconds(60))));
    }

    @Test
    void aReadThatCannotBeRecordedIsNotServed() {
        given().header(InternalIdentity.HEADER, GatewayIdentity.auditor(tenant, RecordingAccessRecorder.UNRECORDABLE, FIRST_HALF))
                .when().get(EVIDENCE + "/" + inside).then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("could not be recorded"));
    }
}
