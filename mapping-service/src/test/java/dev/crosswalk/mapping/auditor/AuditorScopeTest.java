package dev.crosswalk.mapping.auditor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.crosswalk.support.identity.AuditorScope;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An auditor's key gets the reports of its own period and frameworks, and nothing it is not marked to read. */
@QuarkusTest
class AuditorScopeTest {
    private static final String MAPPINGS = "/api/v1/mappings";
    private static final AuditorScope SOC2_FIRST_HALF = new AuditorScope(null, LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-06-30"), List.of("soc2-tsc:2017"));
    private static final AuditorScope ISO_FIRST_HALF = new AuditorScope(UUID.randomUUID().toString(),
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), List.of("iso27001:2022"));

    private final String tenant = "aud-" + UUID.randomUUID().toString().substring(0, 8);

    private static RequestSpecification as(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private static RequestSpecification asAuditor(String tenant, AuditorScope scope) {
        return given().header(InternalIdentity.HEADER, GatewayIdentity.auditor(tenant, "key:" + UUID.randomUUID(), scope))
                .contentType(ContentType.JSON);
    }

    private static AuditorScope isoAroundToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new AuditorScope(null, today.minusDays(30), today.plusDays(30), List.of("iso27001:2022"));
    }

    @Test
    void theSoc2ReportCoversTheAuditPeriodWhateverIsAsked() {
        as(tenant).when().get(MAPPINGS + "/reports/soc2").then().statusCode(400);
        asAuditor(tenant, SOC2_FIRST_HALF).when().get(MAPPINGS + "/reports/soc2").then().statusCode(200)
                .body("periodFrom", equalTo("2026-01-01")).body("periodTo", equalTo("2026-06-30"));
        asAuditor(tenant, SOC2_FIRST_HALF).queryParam("from", "2025-07-01").queryParam("to", "2026-12-31")
                .when().get(MAPPINGS + "/reports/soc2").then().statusCode(200)
                .body("periodFrom", equalTo("2026-01-01")).body("periodTo", equalTo("2026-06-30"));
        asAuditor(tenant, SOC2_FIRST_HALF).queryParam("from", "2027-01-01").queryParam("to", "2027-06-30")
                .when().get(MAPPINGS + "/reports/soc2").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("2026-01-01 to 2026-06-30"));
        as(tenant).when().get(MAPPINGS + "/oscal/assessment-results").then().statusCode(400);
        asAuditor(tenant, ISO_FIRST_HALF).when().get(MAPPINGS + "/oscal/assessment-results").then().statusCode(200);
    }

    @Test
    void aFrameworkOutsideTheAuditIsForbidden() {
        asAuditor(tenant, SOC2_FIRST_HALF).queryParam("framework", "soc2-tsc:2017").when().get(MAPPINGS + "/coverage")
                .then().statusCode(200);
        asAuditor(tenant, SOC2_FIRST_HALF).queryParam("framework", "iso27001:2022").when().get(MAPPINGS + "/coverage")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("iso27001:2022"));
        asAuditor(tenant, SOC2_FIRST_HALF).queryParam("framework", "iso27001:2022").when().get(MAPPINGS + "/reports/gaps")
                .then().statusCode(403);
        // the SoA is ISO 27001's, the SOC 2 report SOC 2's, whatever the request names
        asAuditor(tenant, SOC2_FIRST_HALF).when().get(MAPPINGS + "/reports/soa").then().statusCode(403);
        asAuditor(tenant, ISO_FIRST_HALF).when().get(MAPPINGS + "/reports/soc2").then().statusCode(403);
    }

    @Test
    void writesAndUnmarkedReadsAreRefused() {
        asAuditor(tenant, isoAroundToday()).body("{}").when().post(MAPPINGS + "/reports/soa/snapshots").then().statusCode(403)
                .body("detail", containsString("x-crosswalk-auditor-readable"));
        asAuditor(tenant, isoAroundToday()).when().get(MAPPINGS + "/crosswalks").then().statusCode(403)
                .body("detail", containsString("x-crosswalk-auditor-readable"));
        as(tenant).when().get(MAPPINGS + "/crosswalks").then().statusCode(200);
        as(tenant).when().get(MAPPINGS + "/reports/soa/snapshots").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aSnapshotTakenOutsideThePeriodOrForAnotherTenantIsNotThere() {
        String id = as(tenant).body("{\"note\": \"before fieldwork\"}").when().post(MAPPINGS + "/reports/soa/snapshots")
                .then().statusCode(201).extract().path("id");
        asAuditor(tenant, isoAroundToday()).when().get(MAPPINGS + "/reports/soa/snapshots").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        asAuditor(tenant, isoAroundToday()).when().get(MAPPINGS + "/reports/soa/snapshots/" + id).then().statusCode(200);
        asAuditor(tenant, ISO_FIRST_HALF).when().get(MAPPINGS + "/reports/soa/snapshots").then().statusCode(200)
                .body("", hasSize(0));
        asAuditor(tenant, ISO_FIRST_HALF).when().get(MAPPINGS + "/reports/soa/snapshots/" + id).then().statusCode(404);
        String other = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        asAuditor(other, isoAroundToday()).when().get(MAPPINGS + "/reports/soa/snapshots").then().body("", hasSize(0));
        asAuditor(other, isoAroundToday()).when().get(MAPPINGS + "/reports/soa/snapshots/" + id).then().statusCode(404);
    }
}
