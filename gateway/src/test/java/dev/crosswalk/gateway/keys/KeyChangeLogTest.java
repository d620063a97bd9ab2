package dev.crosswalk.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issuing and revoking a tenant's keys is in the gateway's change log, with who did it and never the secret. */
@QuarkusTest
class KeyChangeLogTest {
    private static final String ADMIN = "test-operator-key";

    @Test
    void aKeysIssueAndRevocationAreLoggedAsTheOperatorsWithoutTheSecret() {
        String tenant = "kcl-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "Acme"))
                .when().post("/admin/v1/tenants").then().statusCode(201);
        String key = given().header("X-Admin-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "ci", "scopes", List.of("evidence:write")))
                .when().post("/admin/v1/tenants/" + tenant + "/keys").then().statusCode(201).extract().path("id");
        given().header("X-Admin-Key", ADMIN).when().delete("/admin/v1/tenants/" + tenant + "/keys/" + key)
                .then().statusCode(204);

        given().header("X-Admin-Key", ADMIN).queryParam("entity", "api_key").when()
                .get("/admin/v1/tenants/" + tenant + "/change-log").then().statusCode(200)
                .body("items.operation", equalTo(List.of("updated", "created")))
                .body("items.subject", equalTo(List.of("operator", "operator")))
                .body("items.entityId", equalTo(List.of(key, key)))
                .body("items[0].changes.revoked_at.before", nullValue())
                .body("items[0].changes.revoked_at.after", notNullValue())
                .body("items[1].changes.scopes.after", equalTo("evidence:write"))
                .body("items[1].changes", not(hasKey("secret_hash")));
        given().header("X-Admin-Key", ADMIN).queryParam("entity", "tenant").when()
                .get("/admin/v1/tenants/" + tenant + "/change-log").then().statusCode(200)
                .body("items[0].changes.name.after", equalTo("Acme"));
        given().header("X-Admin-Key", ADMIN).when().get("/admin/v1/tenants/" + tenant + "/trail/verify").then()
                .statusCode(200).body("intact", equalTo(true)).body("entriesChecked", equalTo(3));
        given().when().get("/admin/v1/tenants/" + tenant + "/change-log").then().statusCode(401);
    }
}
