package dev.crosswalk.mapping.changelog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A tenant's changes to the crosswalk are logged with who made them, chained, and seen by that tenant only. */
@QuarkusTest
class MappingChangeLogTest {
    private static final String CW = "/api/v1/mappings/crosswalks/iso27001-2022_soc2-tsc-2017";
    private static final String LOG = "/api/v1/mappings/change-log";
    private final String tenant = "mcl-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    DataSource dataSource;

    private RequestSpecification as(String who, String subject) {
        return given().header(GatewayIdentity.TENANT_HEADER, who).header(GatewayIdentity.SUBJECT, subject)
                .contentType(ContentType.JSON);
    }

    private void override(String subject, String relationship, int strength) {
        as(tenant, subject).body(Map.of("source", "A.5.32", "target", "CC2.3", "action", "add",
                        "relationship", relationship, "strength", strength, "rationale", "Licence terms reach vendors"))
                .when().put(CW + "/overrides").then().statusCode(200);
    }

    @Test
    void anOverridesLifeIsLoggedChainedAndTheTenantsOwn() throws SQLException {
        override("user:carol", "intersects_with", 3);
        override("key:tuner", "intersects_with", 5);
        as(tenant, "user:carol").queryParam("source", "A.5.32").queryParam("target", "CC2.3").when()
                .delete(CW + "/overrides").then().statusCode(204);
        String entity = "iso27001-2022_soc2-tsc-2017/A.5.32/CC2.3";
        as(tenant, "key:reader").queryParam("entity", "link_override").queryParam("entityId", entity).when().get(LOG)
                .then().statusCode(200)
                .body("items.operation", equalTo(List.of("deleted", "updated", "created")))
                .body("items.subject", equalTo(List.of("user:carol", "key:tuner", "user:carol")))
                .body("items[1].changes.strength.before", equalTo(3))
                .body("items[1].changes.strength.after", equalTo(5))
                .body("items[2].changes.rationale.after", equalTo("Licence terms reach vendors"));
        as("other-" + tenant, "key:reader").queryParam("entityId", entity).when().get(LOG).then().statusCode(200)
                .body("items", empty());
        as(tenant, "key:reader").queryParam("shared", "true").queryParam("entity", "crosswalk").when().get(LOG).then()
                .statusCode(200).body("items.entityId", hasItem("iso27001-2022_soc2-tsc-2017"));

        as(tenant, "key:reader").when().get("/api/v1/mappings/trail/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("entriesChecked", equalTo(3));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("update change_log set changes = '{}' where tenant_id = '" + tenant + "' and operation = 'updated'");
            s.execute("set session_replication_role = origin");
        }
        as(tenant, "key:reader").when().get("/api/v1/mappings/trail/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBroken.seq", equalTo(2))
                .body("firstBroken.problem", equalTo("content_changed"));
    }
}
