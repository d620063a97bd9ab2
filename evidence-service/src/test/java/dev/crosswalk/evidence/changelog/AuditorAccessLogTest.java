package dev.crosswalk.evidence.changelog;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.crosswalk.evidence.CatalogFixture;
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

/** Every request of an auditor's key is an access entry in the tenant's change log, sealed in its trail. */
@QuarkusTest
class AuditorAccessLogTest {
    private static final String LOG = EVIDENCE + "/change-log";
    private final String tenant = CatalogFixture.tenant("access");

    private RequestSpecification asAuditor(String subject, LocalDate from, LocalDate to) {
        AuditorScope scope = new AuditorScope(null, from, to, List.of("iso27001:2022"));
        return given().header(InternalIdentity.HEADER, GatewayIdentity.auditor(tenant, subject, scope))
                .contentType(ContentType.JSON);
    }

    @Test
    void theAuditorsReadsAndRefusalsAreLoggedAndItReadsItsPeriodOnly() {
        CatalogFixture.controls(tenant, "monthly", "AC-01");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String auditor = "key:" + UUID.randomUUID();
        asAuditor(auditor, today.minusDays(1), today.plusDays(1)).when().get(EVIDENCE).then().statusCode(200);
        asAuditor(auditor, today.minusDays(1), today.plusDays(1)).body(item("AC-01", "not allowed")).when()
                .post(EVIDENCE).then().statusCode(403);
        asAuditor(auditor, today.minusDays(1), today.plusDays(1)).when().get(LOG).then().statusCode(200);

        as(tenant).queryParam("subject", auditor).when().get(LOG).then().statusCode(200)
                .body("items.operation", equalTo(List.of("accessed", "accessed", "accessed")))
                .body("items.entity", equalTo(List.of("request", "request", "request")))
                .body("items.entityId", equalTo(List.of("GET " + LOG, "POST " + EVIDENCE, "GET " + EVIDENCE)))
                .body("items.changes.status", equalTo(List.of(200, 403, 200)))
                .body("items.credential", equalTo(List.of("api_key", "api_key", "api_key")));
        as(tenant).when().get(EVIDENCE + "/trail/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(3));

        String pastAuditor = "key:" + UUID.randomUUID();
        asAuditor(pastAuditor, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31")).when().get(LOG).then()
                .statusCode(200).body("items", empty());
    }
}
