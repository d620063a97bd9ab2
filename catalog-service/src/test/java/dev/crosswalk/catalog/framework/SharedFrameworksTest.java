package dev.crosswalk.catalog.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Frameworks are seen by every tenant, so only the platform operator adds or shares one. */
@QuarkusTest
class SharedFrameworksTest {
    private static final String FRAMEWORKS = "/api/v1/catalog/frameworks";
    private static final String DOCUMENT = """
            {"id": "%s", "name": "ISO/IEC 27001:2022 (official)", "version": "1",
             "groups": [{"code": "g", "title": "G"}],
             "requirements": [{"ref": "R-1", "title": "One", "kind": "control", "group": "g"}]}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTenantCannotImportAFrameworkEvenWithAValidDocumentAndLearnsNothingOfTheBody() {
        given().header("X-Tenant-Id", "shared-a").contentType(ContentType.JSON).body(DOCUMENT.formatted("fake:1"))
                .when().post(FRAMEWORKS).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:forbidden"));
        // refused before validation: an empty body gets the same 403, not the field list
        given().header("X-Tenant-Id", "shared-a").contentType(ContentType.JSON).body("{}")
                .when().post(FRAMEWORKS).then().statusCode(403);
        given().header("X-Tenant-Id", "shared-a").contentType(ContentType.JSON).body("{}").queryParam("id", "x:1")
                .when().post(FRAMEWORKS + "/oscal").then().statusCode(403);
        given().header("X-Tenant-Id", "shared-b").when().get(FRAMEWORKS).then().statusCode(200)
                .body("id", not(hasItem("fake:1")));
        given().header("X-Tenant-Id", "shared-b").when().get(FRAMEWORKS + "/fake:1").then().statusCode(404);
    }

    @Test
    void theOperatorsImportIsSharedAndRecordsWhoImportedIt() throws Exception {
        given().header(GatewayIdentity.OPERATOR, "yes").contentType(ContentType.JSON).body(DOCUMENT.formatted("operator-made:1"))
                .when().post(FRAMEWORKS).then().statusCode(201).body("shared", equalTo(true));
        given().header("X-Tenant-Id", "shared-b").when().get(FRAMEWORKS + "/operator-made:1").then().statusCode(200)
                .body("requirementCount", equalTo(1));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("select imported_by from framework where id = 'operator-made:1'")) {
            row.next();
            assertEquals("test", row.getString(1));
        }
    }

    @Test
    void frameworksImportedBeforeTheMigrationAreWithheldUntilTheOperatorSharesThem() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists before_v4 cascade");
        }
        Flyway before = flyway("3");
        before.migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into before_v4.framework (id, name, version, origin, imported_at) values "
                    + "('tenant-made:1', 'Tenant made', '1', 'imported', now()), ('iso27001:2022', 'ISO', '2022', 'bundled', now())");
        }
        flyway(null).migrate();
        Map<String, Boolean> shared = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select id, shared from before_v4.framework order by id")) {
            while (rows.next()) {
                shared.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        assertEquals(Map.of("iso27001:2022", true, "tenant-made:1", false), shared);

        // the same, live: a withheld framework is the operator's to see and to share
        given().header(GatewayIdentity.OPERATOR, "yes").contentType(ContentType.JSON).body(DOCUMENT.formatted("operator-held:1"))
                .when().post(FRAMEWORKS).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("update framework set shared = false where id = 'operator-held:1'");
        }
        given().header("X-Tenant-Id", "shared-b").when().get(FRAMEWORKS + "/operator-held:1").then().statusCode(404);
        given().header("X-Tenant-Id", "shared-b").queryParam("q", "R-1").when().get("/api/v1/catalog/requirements")
                .then().statusCode(200).body("items.frameworkId", not(hasItem("operator-held:1")));
        given().header("X-Tenant-Id", "shared-b").when().post(FRAMEWORKS + "/operator-held:1/share").then().statusCode(403);
        given().header(GatewayIdentity.OPERATOR, "yes").when().get(FRAMEWORKS).then().statusCode(200)
                .body("find { it.id == 'operator-held:1' }.shared", equalTo(false));
        given().header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS + "/operator-held:1/share").then()
                .statusCode(200).body("shared", equalTo(true));
        given().header("X-Tenant-Id", "shared-b").when().get(FRAMEWORKS + "/operator-held:1").then().statusCode(200);
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas("before_v4")
                .locations("db/migration", "db/outbox").outOfOrder(true);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
