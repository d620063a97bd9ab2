package dev.crosswalk.catalog.changelog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.testsupport.DatabaseTampering;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The change log is hash-chained per tenant: a row changed or removed directly in PostgreSQL, with the append-only
 * trigger switched off as only a database superuser can, is found by verification and breaks a checkpoint.
 */
@QuarkusTest
class TrailTest {
    private static final String TRAIL = "/api/v1/catalog/trail";

    @Inject
    DataSource dataSource;

    private RequestSpecification as(String tenant) {
        return given().header(GatewayIdentity.TENANT_HEADER, tenant).header(GatewayIdentity.SUBJECT, "key:trail")
                .contentType(ContentType.JSON);
    }

    private String tenant() {
        return "tr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void createControls(String tenant, int count) {
        createControls(tenant, 0, count);
    }

    private void createControls(String tenant, int first, int count) {
        for (int i = first; i < first + count; i++) {
            as(tenant).body("{\"refCode\": \"TR-%d\", \"name\": \"Logging\", \"frequency\": \"monthly\"}".formatted(i))
                    .when().post("/api/v1/catalog/controls").then().statusCode(201);
        }
    }

    private long changeLogId(String tenant, int nth) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select id from change_log where tenant_id = '%s' order by id offset %d limit 1".formatted(tenant, nth))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void asSuperuserWithoutTriggers(String sql) throws SQLException {
        DatabaseTampering.withoutTriggers(dataSource, sql);
    }

    @Test
    void anIntactTrailVerifiesAndATamperedRowIsTheFirstBrokenLink() throws SQLException {
        String tenant = tenant();
        createControls(tenant, 3);
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(3)).body("head.seq", equalTo(3)).body("firstBroken", nullValue());
        String checkpoint = as(tenant).when().get(TRAIL + "/checkpoint").then().statusCode(200)
                .body("seq", equalTo(3)).extract().path("checkpoint");
        as(tenant).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then()
                .statusCode(200).body("holds", equalTo(true));

        long second = changeLogId(tenant, 1);
        asSuperuserWithoutTriggers("update change_log set subject = 'user:someone-else' where id = " + second);

        JsonPath broken = as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).extract().jsonPath();
        assertEquals(false, broken.getBoolean("intact"));
        assertEquals(2, broken.getLong("firstBroken.seq"));
        assertEquals("content_changed", broken.getString("firstBroken.problem"));
        assertEquals(String.valueOf(second), broken.getString("firstBroken.refs[0]"));
        as(tenant).queryParam("from", "3").when().get(TRAIL + "/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        as(tenant).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then()
                .statusCode(200).body("holds", equalTo(false)).body("signatureValid", equalTo(true))
                .body("verification.firstBroken.seq", equalTo(2));
    }

    @Test
    void aDeletedEntryOrARewrittenTailIsFound() throws SQLException {
        String deleted = tenant();
        createControls(deleted, 3);
        asSuperuserWithoutTriggers("delete from change_log where id = " + changeLogId(deleted, 0));
        as(deleted).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(false))
                .body("firstBroken.seq", equalTo(1)).body("firstBroken.problem", equalTo("content_changed"));

        String gap = tenant();
        createControls(gap, 3);
        asSuperuserWithoutTriggers("delete from trail where tenant_id = '%s' and seq = 2".formatted(gap));
        as(gap).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(false))
                .body("firstBroken.seq", equalTo(2)).body("firstBroken.problem", equalTo("missing_entry"));

        String cut = tenant();
        createControls(cut, 2);
        String checkpoint = as(cut).when().get(TRAIL + "/checkpoint").then().statusCode(200).extract().path("checkpoint");
        asSuperuserWithoutTriggers("""
                delete from change_log where tenant_id = '%1$s';
                delete from trail where tenant_id = '%1$s';
                delete from trail_head where tenant_id = '%1$s'""".formatted(cut));
        createControls(cut, 2, 2);
        as(cut).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true));
        as(cut).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then()
                .statusCode(200).body("holds", equalTo(false)).body("detail", equalTo("the trail was rewritten before the checkpoint"));
    }

    @Test
    void theLogRefusesUpdatesAndDeletesThatGoThroughItsTriggers() throws SQLException {
        String tenant = tenant();
        createControls(tenant, 1);
        long id = changeLogId(tenant, 0);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("update change_log set subject = 'x' where id = " + id));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.execute("delete from trail where tenant_id = '" + tenant + "'"));
        }
    }

    @Test
    void aCheckpointHoldsOnlyForItsTenantAndOnlyWithThisServicesSignature() {
        String tenant = tenant();
        createControls(tenant, 1);
        String checkpoint = as(tenant).when().get(TRAIL + "/checkpoint").then().statusCode(200).extract().path("checkpoint");
        as(tenant()).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then()
                .statusCode(200).body("holds", equalTo(false)).body("signatureValid", equalTo(true));
        String[] parts = checkpoint.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        as(tenant).queryParam("checkpoint", forged).when().get(TRAIL + "/checkpoint/check").then()
                .statusCode(200).body("holds", equalTo(false)).body("signatureValid", equalTo(false));
        as(tenant()).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(0));
        as(tenant).when().get(TRAIL + "/checkpoint-key").then().statusCode(200).body("kty", equalTo("OKP"))
                .body("crv", equalTo("Ed25519")).body("d", nullValue());
        as(tenant).when().get(TRAIL + "/checkpoint/check").then().statusCode(400);
        as(tenant).queryParam("from", "0").when().get(TRAIL + "/verify").then().statusCode(400);
        as(tenant).queryParam("to", "5").when().get(TRAIL + "/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("entriesChecked", greaterThanOrEqualTo(1));
    }
}
