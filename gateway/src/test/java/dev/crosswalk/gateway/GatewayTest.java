package dev.crosswalk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {
    private static final String ADMIN = "test-operator-key";
    private static final String ISSUER = "https://login.crosswalk.local";
    private static final String CONTROLS = "/api/v1/catalog/controls";

    private static String tenant() {
        String id = "gw-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Tenant " + id))
                .when().post("/admin/v1/tenants").then().statusCode(201);
        return id;
    }

    private static String key(String tenant, String... scopes) {
        return given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "ci pipeline", "scopes", List.of(scopes)))
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(201)
                .body("key", startsWith("cwk_"))
                .extract().path("key");
    }

    private static RequestSpecification withKey(String key) {
        return given().header("X-Api-Key", key).contentType(ContentType.JSON);
    }

    private static String control(String ref) {
        return "{\"refCode\": \"" + ref + "\", \"name\": \"Access review\", \"frequency\": \"quarterly\"}";
    }

    private static String token(String tenant, String role) {
        return Jwt.issuer(ISSUER).subject("alice").groups(Set.of(role)).claim("tenant", tenant)
                .expiresIn(300).sign("test-keys/private.pem");
    }

    @Test
    void administrationNeedsTheOperatorKeyAndNeverShowsSecretsTwice() {
        given().contentType(ContentType.JSON).body(Map.of("id", "x", "name", "x"))
                .when().post("/admin/v1/tenants").then().statusCode(401).contentType("application/problem+json");
        String tenant = tenant();
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "again"))
                .when().post("/admin/v1/tenants").then().statusCode(409);
        key(tenant, "catalog:read");
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "bad", "scopes", List.of("everything")))
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes"));
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", equalTo("ci pipeline"))
                .body("[0].key", nullValue())
                .body("[0].secretHash", nullValue());
    }

    @Test
    void aTenantsAdminManagesItsOwnKeysOnly() {
        String tenant = tenant();
        String other = tenant();
        String admin = token(tenant, "admin");
        Map<String, Object> newKey = Map.of("name", "nightly export", "scopes", List.of("catalog:read"));
        String key = given().auth().oauth2(admin).contentType(ContentType.JSON).body(newKey)
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(201)
                .extract().path("key");
        withKey(key).when().get(CONTROLS).then().statusCode(200);
        String keyId = given().auth().oauth2(admin).when().get("/admin/v1/tenants/" + tenant + "/keys").then()
                .statusCode(200).body("name", equalTo(List.of("nightly export"))).extract().path("[0].id");
        given().auth().oauth2(token(tenant, "editor")).contentType(ContentType.JSON).body(newKey)
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(newKey)
                .when().post("/admin/v1/tenants/" + other + "/keys").then().statusCode(404);
        given().auth().oauth2(admin).when().get("/admin/v1/tenants/" + other + "/keys").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("id", "x-" + tenant, "name", "x"))
                .when().post("/admin/v1/tenants").then().statusCode(401);
        given().auth().oauth2(token(other, "admin")).when().delete("/admin/v1/tenants/" + tenant + "/keys/" + keyId)
                .then().statusCode(404);
        withKey(key).when().get(CONTROLS).then().statusCode(200);
        given().auth().oauth2(admin).when().delete("/admin/v1/tenants/" + tenant + "/keys/" + keyId).then().statusCode(204);
        withKey(key).when().get(CONTROLS).then().statusCode(401);
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "scopes", List.of("keys:admin")))
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(400);
    }

    @Test
    void aKeyReachesItsOwnTenantsDataAndNothingElse() {
        String tenantA = tenant();
        String tenantB = tenant();
        String keyA = key(tenantA, "catalog:read", "catalog:write");
        String keyB = key(tenantB, "catalog:read", "catalog:write");
        String id = withKey(keyA).body(control("GW-1")).when().post(CONTROLS).then().statusCode(201)
                .extract().path("id");
        withKey(keyA).when().get(CONTROLS + "/" + id).then().statusCode(200).body("refCode", equalTo("GW-1"));
        withKey(keyB).when().get(CONTROLS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        // a tenant header from the client is replaced by the key's tenant
        withKey(keyB).header("X-Tenant-Id", tenantA).when().get(CONTROLS + "/" + id).then().statusCode(404);
        withKey(keyB).header("X-Tenant-Id", tenantA).when().get(CONTROLS).then().statusCode(200).body("items", hasSize(0));
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenantA + "/keys").then()
                .body("[0].lastUsedAt", notNullValue());
    }

    @Test
    void missingWrongScopeAndRevokedCredentialsAreRefused() {
        String tenant = tenant();
        given().contentType(ContentType.JSON).when().get(CONTROLS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        withKey("cwk_not_a_key").when().get(CONTROLS).then().statusCode(401);
        String reader = key(tenant, "catalog:read");
        withKey(reader).when().get(CONTROLS).then().statusCode(200);
        withKey(reader).body(control("GW-2")).when().post(CONTROLS).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("catalog:write"));
        withKey(reader).when().get("/api/v1/evidence").then().statusCode(403);
        String keyId = given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/keys")
                .then().extract().path("[0].id");
        given().header("X-Admin-Key", ADMIN).when().delete("/admin/v1/tenants/" + tenant + "/keys/" + keyId)
                .then().statusCode(204);
        withKey(reader).when().get(CONTROLS).then().statusCode(401);
    }

    @Test
    void peopleUseBearerTokensAndAuditorsOnlyRead() throws Exception {
        String tenant = tenant();
        given().auth().oauth2(token(tenant, "editor")).contentType(ContentType.JSON).body(control("GW-3"))
                .when().post(CONTROLS).then().statusCode(201);
        given().auth().oauth2(token(tenant, "auditor")).when().get(CONTROLS).then().statusCode(200)
                .body("items.refCode", equalTo(List.of("GW-3")));
        given().auth().oauth2(token(tenant, "auditor")).contentType(ContentType.JSON).body(control("GW-4"))
                .when().post(CONTROLS).then().statusCode(403);
        String expired = Jwt.issuer(ISSUER).subject("alice").groups(Set.of("admin")).claim("tenant", tenant)
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(300))
                .sign("test-keys/private.pem");
        given().auth().oauth2(expired).when().get(CONTROLS).then().statusCode(401);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(ISSUER).subject("mallory").groups(Set.of("admin")).claim("tenant", tenant)
                .expiresIn(300).sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).when().get(CONTROLS).then().statusCode(401);
        String otherIssuer = Jwt.issuer("https://evil.example").subject("alice").groups(Set.of("admin"))
                .claim("tenant", tenant).expiresIn(300).sign("test-keys/private.pem");
        given().auth().oauth2(otherIssuer).when().get(CONTROLS).then().statusCode(401);
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfter() {
        String key = key(tenant(), "catalog:read");
        int status = 200;
        for (int i = 0; i < 40 && status == 200; i++) {
            status = withKey(key).when().get(CONTROLS).then().extract().statusCode();
        }
        withKey(key).when().get(CONTROLS).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void aServiceThatIsDownIsA503ProblemAndAnUnknownServiceA404() throws Exception {
        String key = key(tenant(), "mappings:read", "catalog:read");
        withKey(key).when().get("/api/v1/mappings/crosswalks").then().statusCode(200);
        dev.crosswalk.local.ServiceProcess mapping = SuiteUpstreamResource.service("mappings");
        mapping.stop();
        try {
            withKey(key).when().get("/api/v1/mappings/crosswalks").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:crosswalk:problem:service-unavailable"));
            withKey(key).when().get(CONTROLS).then().statusCode(200);
        } finally {
            mapping.start();
            mapping.awaitReady();
        }
        withKey(key).when().get("/api/v1/mappings/crosswalks").then().statusCode(200);
        withKey(key).when().get("/api/v1/payroll/salaries").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aTooLongUriIsA414Problem() {
        String key = key(tenant(), "catalog:read");
        withKey(key).queryParam("text", "x".repeat(5_000)).when().get(CONTROLS).then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:uri-too-long"));
        withKey(key).when().get(CONTROLS).then().statusCode(200);
    }

    @Test
    void goingAroundTheGatewayGetsNothing() {
        String tenant = tenant();
        withKey(key(tenant, "catalog:read", "catalog:write")).body(control("GW-9")).when().post(CONTROLS).then().statusCode(201);
        String catalog = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("gateway.routes.catalog", String.class);
        given().baseUri(catalog).port(java.net.URI.create(catalog).getPort()).header("X-Tenant-Id", tenant)
                .when().get(CONTROLS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void servesOneOpenApiDocumentOfTheSuite() {
        given().when().get("/openapi/suite.json").then().statusCode(200)
                .body("paths.'/api/v1/catalog/controls'.post", notNullValue())
                .body("paths.'/api/v1/catalog/frameworks'", notNullValue())
                .body("components.schemas.ControlRequest", notNullValue())
                .body("components.securitySchemes.apiKey.name", equalTo("X-Api-Key"))
                .body("paths.'/api/v1/evidence'.post", notNullValue())
                .body("paths.'/api/v1/mappings/coverage'.get", notNullValue())
                .body("'x-unavailable-services'", nullValue());
    }
}
