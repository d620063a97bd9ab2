package dev.crosswalk.catalog.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.OscalValidator;
import dev.crosswalk.testsupport.OscalValidator.Model;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OSCAL catalog export, validated with NIST's liboscal-java and read back by the OSCAL import. */
@QuarkusTest
class OscalCatalogExportTest {
    private static final String FRAMEWORKS = "/api/v1/catalog/frameworks";
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private String export(String frameworkId) {
        return given().when().get(FRAMEWORKS + "/" + frameworkId + "/oscal").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso27001:2022", "iso27001:2013", "soc2-tsc:2017"})
    void everyBundledFrameworkExportsAsAValidOscalCatalog(String frameworkId) throws Exception {
        String exported = export(frameworkId);
        assertEquals(List.of(), OscalValidator.findings(Model.CATALOG, exported));
        JsonNode catalog = json.readTree(exported).path("catalog");
        assertEquals("1.1.2", catalog.path("metadata").path("oscal-version").asText());
        int requirements = given().when().get(FRAMEWORKS + "/" + frameworkId).then().statusCode(200)
                .extract().path("requirementCount");
        assertEquals(requirements, catalog.findValues("title").size() - 1 - catalog.path("groups").size(),
                "one control per requirement (every title but the catalog's and the groups')");
    }

    @Test
    void theValidatorRefusesWhatOscalDoesNotAllow() throws Exception {
        ObjectNode broken = (ObjectNode) json.readTree(export("iso27001:2022"));
        ObjectNode control = (ObjectNode) broken.path("catalog").path("groups").path(0).path("controls").path(0);
        control.put("id", "5.1");
        assertFalse(OscalValidator.findings(Model.CATALOG, broken.toString()).isEmpty(), "an id must be a token");
        ObjectNode v3 = (ObjectNode) json.readTree(export("iso27001:2022"));
        ((ObjectNode) v3.path("catalog")).put("uuid", java.util.UUID.nameUUIDFromBytes(new byte[] {1}).toString());
        assertFalse(OscalValidator.findings(Model.CATALOG, v3.toString()).isEmpty(), "OSCAL takes version 4 and 5 uuids only");
    }

    @Test
    void theImportReadsTheExportBack() throws Exception {
        String original = export("iso27001:2022");
        given().contentType(ContentType.JSON).body(original).queryParam("id", "iso27001-roundtrip:2022")
                .header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS + "/oscal").then().statusCode(201);
        JsonNode before = json.readTree(original).path("catalog");
        JsonNode after = json.readTree(export("iso27001-roundtrip:2022")).path("catalog");
        assertEquals(before.path("groups"), after.path("groups"), "same groups, controls, refs, kinds and nesting");
        assertEquals(before.path("metadata").path("title"), after.path("metadata").path("title"));
        assertEquals(before.path("metadata").path("version"), after.path("metadata").path("version"));
        assertEquals(before.path("metadata").path("parties").path(0).path("name"),
                after.path("metadata").path("parties").path(0).path("name"));
        String first = before.path("groups").path(0).path("controls").path(0).path("props").path(0).path("value").asText();
        given().when().get(FRAMEWORKS + "/iso27001-roundtrip:2022/requirements/" + first).then().statusCode(200)
                .body("kind", equalTo(given().when().get(FRAMEWORKS + "/iso27001:2022/requirements/" + first)
                        .then().extract().path("kind")));
        assertTrue(original.contains("\"_4.1\"") || original.contains("\"A.5.1\""), "refs made tokens");
    }

    @Test
    void anUnknownOrWithheldFrameworkIsNotFound() throws Exception {
        given().when().get(FRAMEWORKS + "/nope:1/oscal").then().statusCode(404)
                .contentType("application/problem+json");
        given().header(GatewayIdentity.OPERATOR, "yes").contentType(ContentType.JSON).body("""
                {"id": "withheld-oscal:1", "name": "Withheld", "version": "1", "groups": [{"code": "g", "title": "G"}],
                 "requirements": [{"ref": "R-1", "title": "One", "kind": "control", "group": "g"}]}""")
                .when().post(FRAMEWORKS).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update framework set shared = false where id = 'withheld-oscal:1'");
        }
        given().header("X-Tenant-Id", "oscal-tenant").when().get(FRAMEWORKS + "/withheld-oscal:1/oscal").then()
                .statusCode(404).contentType("application/problem+json");
        given().header(GatewayIdentity.OPERATOR, "yes").when().get(FRAMEWORKS + "/withheld-oscal:1/oscal").then()
                .statusCode(200);
    }
}
