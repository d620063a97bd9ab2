package dev.crosswalk.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * End to end through the gateway with the real services behind it: one tenant's control, mapping and
 * evidence reach coverage in both frameworks, and another tenant sees none of it on any route.
 */
@QuarkusTest
class SuiteThroughGatewayTest {
    private static final String ADMIN = "test-operator-key";
    private static final List<String> ALL_SCOPES = List.of("catalog:read", "catalog:write", "evidence:read",
            "evidence:write", "mappings:read", "mappings:write");

    static String tenantWithKey() {
        return keyOf(newTenant());
    }

    private static String newTenant() {
        String id = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "name", id))
                .when().post("/admin/v1/tenants").then().statusCode(201);
        return id;
    }

    private static String keyOf(String tenant) {
        return given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "e2e", "scopes", ALL_SCOPES))
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(201).extract().path("key");
    }

    static RequestSpecification as(String key) {
        return given().header("X-Api-Key", key).contentType(ContentType.JSON);
    }

    /** Another service learns of a new control from catalog.events: retry until it has. */
    private static Response eventually(int expectedStatus, java.util.function.Supplier<Response> call) {
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> (last[0] = call.get()).statusCode() == expectedStatus);
        return last[0];
    }

    private static String statusOf(String key, String framework, String ref) {
        return as(key).queryParam("framework", framework).when().get("/api/v1/mappings/coverage")
                .path("requirements.find { it.ref == '" + ref + "' }.status");
    }

    @Test
    void evidenceCountsForBothFrameworksAndAnotherTenantSeesNothingOfIt() {
        String tenantA = newTenant();
        String keyA = keyOf(tenantA);
        String reviewerKeyA = keyOf(tenantA);
        String keyB = tenantWithKey();
        String controlId = as(keyA).body(Map.of("refCode", "E2E-1", "name", "Quarterly access review",
                "frequency", "quarterly")).when().post("/api/v1/catalog/controls").then().statusCode(201)
                .extract().path("id");
        eventually(200, () -> as(keyA).body(Map.of("requirements", List.of(
                        Map.of("framework", "iso27001:2022", "ref", "A.5.18"),
                        Map.of("framework", "soc2-tsc:2017", "ref", "CC6.2"))))
                .when().put("/api/v1/mappings/controls/E2E-1"));
        byte[] artifact = ("access review " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha256 = as(keyA).contentType("text/plain").body(artifact).when().post("/api/v1/evidence/artifacts")
                .then().statusCode(201).extract().path("sha256");
        Map<String, Object> evidence = Map.of("controls", List.of("E2E-1"), "kind", "attestation",
                "title", "Q3 access review", "collectedAt", Instant.now().minusSeconds(3600).toString(),
                "result", "pass", "submitter", "ci", "artifact", Map.of("sha256", sha256));
        String evidenceId = eventually(201, () -> as(keyA).body(evidence).when().post("/api/v1/evidence"))
                .path("id");
        String submitter = as(keyA).when().get("/api/v1/evidence/" + evidenceId).then().statusCode(200)
                .body("evidence.submitterName", equalTo("ci")).extract().path("evidence.submitter");
        assertTrue(submitter.startsWith("key:"), submitter);
        // segregation of duties: the key that submitted may not accept, whatever reviewer it names
        as(keyA).body(Map.of("decision", "accepted", "reviewer", "auditor")).when()
                .post("/api/v1/evidence/" + evidenceId + "/review").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Segregation of duties"));
        as(reviewerKeyA).body(Map.of("decision", "accepted", "reviewer", "auditor")).when()
                .post("/api/v1/evidence/" + evidenceId + "/review").then().statusCode(200)
                .body("review.reviewer", startsWith("key:"))
                .body("review.reviewer", not(equalTo(submitter)))
                .body("review.reviewerName", equalTo("auditor"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "satisfied".equals(statusOf(keyA, "soc2-tsc:2017", "CC6.2"))
                && "satisfied".equals(statusOf(keyA, "iso27001:2022", "A.5.18")));
        as(keyA).queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then()
                .body("requirements.find { it.ref == 'CC6.2' }.evidence", hasItem(evidenceId));

        // Tenant B, on every route that names tenant A's objects: 404 problems, never the object.
        for (String path : List.of("/api/v1/catalog/controls/" + controlId, "/api/v1/evidence/" + evidenceId,
                "/api/v1/evidence/artifacts/" + sha256, "/api/v1/mappings/controls/E2E-1",
                "/api/v1/mappings/evidence/" + evidenceId + "/satisfies")) {
            as(keyB).when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as(keyB).body(Map.of("decision", "rejected", "reviewer", "mallory", "comment", "x")).when()
                .post("/api/v1/evidence/" + evidenceId + "/review").then().statusCode(404);
        as(keyB).body(evidence).when().post("/api/v1/evidence/" + evidenceId + "/supersede").then().statusCode(404);
        as(keyB).body(Map.of("name", "taken over", "refCode", "E2E-1", "frequency", "daily")).header("If-Match", "\"1\"")
                .when().put("/api/v1/catalog/controls/" + controlId).then().statusCode(404);
        as(keyB).header("If-Match", "\"1\"").when().delete("/api/v1/catalog/controls/" + controlId).then().statusCode(404);

        // ... and in lists, searches and reports there is nothing of A's.
        as(keyB).when().get("/api/v1/catalog/controls").then().statusCode(200).body("items", hasSize(0));
        as(keyB).when().get("/api/v1/evidence").then().statusCode(200).body("items", hasSize(0));
        as(keyB).queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then().statusCode(200)
                .body("requirements.find { it.ref == 'CC6.2' }.status", equalTo("gap"))
                .body("requirements.find { it.ref == 'CC6.2' }.evidence", not(hasItem(evidenceId)));
        as(keyB).queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/gaps").then().statusCode(200)
                .body("gaps.ref", hasItem("A.5.18"));
        // A's own view is unchanged by B's attempts.
        as(keyA).when().get("/api/v1/evidence/" + evidenceId).then().statusCode(200)
                .body("evidence.review.status", equalTo("accepted"));
        as(keyA).when().get("/api/v1/evidence/artifacts/" + sha256).then().statusCode(200)
                .header("ETag", startsWith("\""));
    }

    /** Every requirement the library's controls are mapped to, per framework. */
    private static Map<String, java.util.Set<String>> libraryClaims(String key) {
        io.restassured.path.json.JsonPath library = as(key).when().get("/api/v1/catalog/library").then().statusCode(200)
                .extract().jsonPath();
        java.util.Set<String> iso = new java.util.TreeSet<>();
        java.util.Set<String> soc2 = new java.util.TreeSet<>();
        library.<List<String>>getList("controls.iso27001_2022").forEach(iso::addAll);
        library.<List<String>>getList("controls.soc2_tsc_2017").forEach(soc2::addAll);
        return Map.of("iso27001:2022", iso, "soc2-tsc:2017", soc2);
    }

    /** The requirements of a framework that no control of the tenant is mapped to directly. */
    private static List<String> notMappedDirectly(String key, String framework, java.util.Set<String> claimed) {
        io.restassured.path.json.JsonPath coverage = as(key).queryParam("framework", framework).when()
                .get("/api/v1/mappings/coverage").then().statusCode(200).extract().jsonPath();
        List<String> missing = new java.util.ArrayList<>();
        for (String ref : claimed) {
            String reason = coverage.getString("requirements.find { it.ref == '" + ref + "' }.reason");
            if (reason == null || reason.startsWith("no control is mapped")) {
                missing.add(ref);
            }
        }
        return missing;
    }

    @Test
    void aNewTenantAdoptsTheWholeLibraryInOneCallAndHasEveryRequirementItClaimsMapped() {
        String key = tenantWithKey();
        Map<String, java.util.Set<String>> claims = libraryClaims(key);
        org.junit.jupiter.api.Assertions.assertEquals(127, claims.get("iso27001:2022").size());
        org.junit.jupiter.api.Assertions.assertEquals(61, claims.get("soc2-tsc:2017").size());
        int created = as(key).body(Map.of("all", true)).when().post("/api/v1/catalog/library/adoptions").then()
                .statusCode(200).extract().path("created.size()");
        // the test profile allows 30 requests a minute per key: poll slowly
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(6)).until(() ->
                notMappedDirectly(key, "iso27001:2022", claims.get("iso27001:2022")).isEmpty()
                        && notMappedDirectly(key, "soc2-tsc:2017", claims.get("soc2-tsc:2017")).isEmpty());
        as(key).body(Map.of("all", true)).when().post("/api/v1/catalog/library/adoptions").then().statusCode(200)
                .body("created", hasSize(0)).body("alreadyAdopted", hasSize(created));
    }

    @Test
    void aControlSetExportedFromOneTenantAndImportedIntoAnotherIsTheSameControlSet() {
        String keyA = tenantWithKey();
        String keyB = tenantWithKey();
        String sheet = """
                ref,name,description,owner,frequency,iso27001_2022,soc2_tsc_2017
                ACC-1,Quarterly access review,"Owners review access, then remove what is not needed",IT lead,quarterly,A.5.18,CC6.2; CC6.3
                BAK-1,Daily backups,-restore tested monthly,Platform team,daily,A.8.13,A1.2
                POL-1,Security policy,,CISO,annual,5.2; A.5.1,
                """;
        as(keyA).contentType("text/csv").body(sheet).when().post("/api/v1/catalog/control-set/import").then()
                .statusCode(200).body("created", equalTo(3));
        String[] exported = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(4))
                .until(() -> (exported[0] = as(keyA).queryParam("format", "csv").when().get("/api/v1/mappings/control-set")
                        .then().statusCode(200).extract().asString()).contains("BAK-1,Daily backups,'-restore tested monthly")
                        // the last row's mappings arrive last (control.imported follows its control.created)
                        && exported[0].contains("POL-1,Security policy,,CISO,annual,5.2; A.5.1,"));
        as(keyB).contentType("text/csv").body(exported[0]).when().post("/api/v1/catalog/control-set/import").then()
                .statusCode(200).body("created", equalTo(3));
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(4))
                .until(() -> exported[0].equals(as(keyB).queryParam("format", "csv").when()
                        .get("/api/v1/mappings/control-set").then().statusCode(200).extract().asString()));
        as(keyB).when().get("/api/v1/catalog/controls").then().body("items.description",
                hasItem("-restore tested monthly"));
    }
}
