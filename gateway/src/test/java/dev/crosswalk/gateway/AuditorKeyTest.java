package dev.crosswalk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditorKeyTest {
    private static final String ADMIN = "test-operator-key";
    private static final String AUDIT = UUID.randomUUID().toString();
    private static final Map<String, Object> FIRST_HALF_SOC2 = Map.of("auditId", AUDIT, "periodFrom", "2026-01-01",
            "periodTo", "2026-06-30", "frameworks", List.of("soc2-tsc:2017"));

    private static String tenant() {
        String id = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "name", id))
                .when().post("/admin/v1/tenants").then().statusCode(201);
        return id;
    }

    private static ValidatableResponse issue(String tenant, Map<String, Object> key) {
        return given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON).body(key)
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then();
    }

    private static Map<String, Object> key(List<String> scopes, Instant expiresAt, Map<String, Object> auditor) {
        Map<String, Object> key = new HashMap<>(Map.of("name", "external auditor", "scopes", scopes));
        if (expiresAt != null) {
            key.put("expiresAt", expiresAt.toString());
        }
        if (auditor != null) {
            key.put("auditor", auditor);
        }
        return key;
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void anAuditorKeyIsIssuedAndListedWithItsExpiryAndRestriction() {
        String tenant = tenant();
        Instant expires = inDays(30);
        issue(tenant, key(List.of("evidence:read", "mappings:read"), expires, FIRST_HALF_SOC2)).statusCode(201)
                .body("expiresAt", equalTo(expires.toString()))
                .body("auditor.auditId", equalTo(AUDIT))
                .body("auditor.periodFrom", equalTo("2026-01-01"));
        issue(tenant, key(List.of("catalog:read"), null, null)).statusCode(201).body("auditor", nullValue());
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(200)
                .body("find { it.auditor != null }.expiresAt", equalTo(expires.toString()))
                .body("find { it.auditor != null }.auditor.periodTo", equalTo("2026-06-30"))
                .body("find { it.auditor != null }.auditor.frameworks", equalTo(List.of("soc2-tsc:2017")))
                .body("find { it.auditor == null }.expiresAt", nullValue());
    }

    @Test
    void anAuditorKeyReadsOnlyAndExpiresWithinAYear() {
        String tenant = tenant();
        issue(tenant, key(List.of("evidence:read"), null, FIRST_HALF_SOC2)).statusCode(422)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("expiresAt")));
        issue(tenant, key(List.of("evidence:read"), inDays(400), FIRST_HALF_SOC2)).statusCode(422)
                .body("errors.field", equalTo(List.of("expiresAt")));
        issue(tenant, key(List.of("evidence:read", "evidence:write"), inDays(30), FIRST_HALF_SOC2)).statusCode(422)
                .body("errors.field", equalTo(List.of("scopes")));
        Map<String, Object> backwards = new HashMap<>(FIRST_HALF_SOC2);
        backwards.put("periodFrom", "2026-07-01");
        issue(tenant, key(List.of("evidence:read"), inDays(30), backwards)).statusCode(422)
                .body("errors.field", equalTo(List.of("auditor.periodTo")));
        // any key may expire, but not in the past
        issue(tenant, key(List.of("evidence:read"), Instant.now().minusSeconds(60), null)).statusCode(422)
                .body("errors.field", equalTo(List.of("expiresAt")));
        Map<String, Object> noPeriod = new HashMap<>(FIRST_HALF_SOC2);
        noPeriod.remove("periodFrom");
        issue(tenant, key(List.of("evidence:read"), inDays(30), noPeriod)).statusCode(400)
                .body("errors.field", hasItem("auditor.periodFrom"));
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/keys").then()
                .body("size()", equalTo(0));
    }

    @Test
    void anExpiredKeyIsRefusedEvenRightAfterItWorked() throws InterruptedException {
        String tenant = tenant();
        Instant expires = Instant.now().plusSeconds(3);
        String key = issue(tenant, key(List.of("catalog:read"), expires, null)).statusCode(201).extract().path("key");
        given().header("X-Api-Key", key).when().get("/api/v1/catalog/controls").then().statusCode(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires).toMillis()) + 200);
        // the key was verified moments ago and is still in the gateway's key cache
        given().header("X-Api-Key", key).when().get("/api/v1/catalog/controls").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("expired"));
    }

    @Test
    void theRestrictionReachesTheServicesInTheSignedIdentity() {
        String tenant = tenant();
        String key = issue(tenant, key(List.of("mappings:read", "catalog:read"), inDays(30), FIRST_HALF_SOC2))
                .statusCode(201).extract().path("key");
        given().header("X-Api-Key", key).when().get("/api/v1/mappings/reports/soc2").then().statusCode(200)
                .body("periodFrom", equalTo("2026-01-01")).body("periodTo", equalTo("2026-06-30"));
        given().header("X-Api-Key", key).queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage")
                .then().statusCode(403).body("detail", containsString("soc2-tsc:2017"));
        given().header("X-Api-Key", key).when().get("/api/v1/catalog/controls").then().statusCode(403)
                .body("detail", containsString("x-crosswalk-auditor-readable"));
        given().header("X-Api-Key", key).when().get("/api/v1/catalog/frameworks/soc2-tsc:2017").then()
                .statusCode(equalTo(200));
        given().header("X-Api-Key", key).when().get("/api/v1/catalog/frameworks/iso27001:2022").then().statusCode(403);
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/keys").then()
                .body("[0].lastUsedAt", notNullValue());
    }
}
