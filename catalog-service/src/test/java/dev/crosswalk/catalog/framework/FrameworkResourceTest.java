package dev.crosswalk.catalog.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FrameworkResourceTest {
    private static final String FRAMEWORKS = "/api/v1/catalog/frameworks";
    private static final String REQUIREMENTS = "/api/v1/catalog/requirements";

    @Test
    void listsTheThreeBundledFrameworksWithTheirSizes() {
        given().when().get(FRAMEWORKS).then().statusCode(200)
                .body("find { it.id == 'iso27001:2022' }.requirementCount", equalTo(93 + 34))
                .body("find { it.id == 'soc2-tsc:2017' }.requirementCount", equalTo(61))
                .body("find { it.id == 'iso27001:2013' }.requirementCount", equalTo(114))
                .body("find { it.id == 'iso27001:2022' }.origin", equalTo("bundled"));
    }

    @Test
    void iso2022HasTheStandardsFourThemesAndElevenNewControls() {
        given().when().get(FRAMEWORKS + "/iso27001:2022").then().statusCode(200)
                .body("groups.find { it.code == 'organizational' }.requirementCount", equalTo(37))
                .body("groups.find { it.code == 'people' }.requirementCount", equalTo(8))
                .body("groups.find { it.code == 'physical' }.requirementCount", equalTo(14))
                .body("groups.find { it.code == 'technological' }.requirementCount", equalTo(34))
                .body("newInVersionCount", equalTo(11));
        given().queryParam("framework", "iso27001:2022").queryParam("kind", "annex_control").queryParam("size", 200)
                .when().get(REQUIREMENTS).then().statusCode(200)
                .body("totalItems", equalTo(93))
                .body("items.findAll { it.newInVersion }.ref", containsInAnyOrder(
                        "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12",
                        "A.8.16", "A.8.23", "A.8.28"));
    }

    @Test
    void tscHasSixtyOneCriteriaInFiveCategories() {
        given().when().get(FRAMEWORKS + "/soc2-tsc:2017").then().statusCode(200)
                .body("requirementCount", equalTo(61))
                .body("groups.code", equalTo(List.of("security", "availability", "confidentiality",
                        "processing_integrity", "privacy")))
                .body("groups.requirementCount", equalTo(List.of(33, 3, 2, 5, 18)));
    }

    @Test
    void iso2013Has114ControlsInFourteenDomains() {
        given().when().get(FRAMEWORKS + "/iso27001:2013").then().statusCode(200)
                .body("requirementCount", equalTo(114))
                .body("groups", hasSize(14))
                .body("groups.find { it.code == 'A.9' }.requirementCount", equalTo(14))
                .body("groups.find { it.code == 'A.11' }.requirementCount", equalTo(15))
                .body("groups.find { it.code == 'A.18' }.requirementCount", equalTo(8));
    }

    @Test
    void requirementShowsParentAndChildren() {
        given().when().get(FRAMEWORKS + "/iso27001:2022/requirements/6.1").then().statusCode(200)
                .body("title", equalTo("Actions to address risks and opportunities"))
                .body("kind", equalTo("clause"))
                .body("children.ref", equalTo(List.of("6.1.1", "6.1.2", "6.1.3")));
        given().when().get(FRAMEWORKS + "/iso27001:2022/requirements/6.1.2").then().statusCode(200)
                .body("parent.ref", equalTo("6.1"))
                .body("children", hasSize(0));
        given().when().get(FRAMEWORKS + "/iso27001:2022/requirements/A.8.28").then().statusCode(200)
                .body("group", equalTo("technological"))
                .body("groupTitle", startsWith("Technological"))
                .body("newInVersion", equalTo(true));
    }

    @Test
    void unknownFrameworkOrRequirementIsA404Problem() {
        given().when().get(FRAMEWORKS + "/nist-csf:2.0").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:not-found"))
                .body("status", equalTo(404));
        given().when().get(FRAMEWORKS + "/iso27001:2022/requirements/A.9.9").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("framework", "nist-csf:2.0").when().get(REQUIREMENTS).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void searchesByTextGroupAndKind() {
        given().queryParam("q", "CRYPTOGRAPH").when().get(REQUIREMENTS).then().statusCode(200)
                .body("items.ref", hasItem("A.8.24"))
                .body("items.ref", hasItem("A.10.1.1"));
        given().queryParam("framework", "soc2-tsc:2017").queryParam("group", "availability")
                .when().get(REQUIREMENTS).then().statusCode(200)
                .body("items.ref", equalTo(List.of("A1.1", "A1.2", "A1.3")));
        given().queryParam("q", "100%_").when().get(REQUIREMENTS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("kind", "clause").queryParam("size", 200).when().get(REQUIREMENTS).then().statusCode(200)
                .body("items.kind", everyItem(equalTo("clause")))
                .body("totalItems", equalTo(34));
    }

    @Test
    void pagesThroughRequirementsWithinBounds() {
        given().queryParam("framework", "soc2-tsc:2017").queryParam("page", 3).queryParam("size", 20)
                .when().get(REQUIREMENTS).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].ref", equalTo("P8.1"))
                .body("totalItems", equalTo(61))
                .body("totalPages", equalTo(4));
        given().queryParam("size", "ten").when().get(REQUIREMENTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @ParameterizedTest
    @CsvSource({"size, 0", "page, -1", "size, 201", "kind, chapter"})
    void aQueryParameterOutOfBoundsIsA400ProblemNamingIt(String parameter, String value) {
        given().queryParam(parameter, value).when().get(REQUIREMENTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void importsAFrameworkAndRefusesTheSameIdTwice() {
        String body = """
                {"id": "acme-policy:1", "name": "ACME internal policy", "version": "1",
                 "groups": [{"code": "gov", "title": "Governance"}],
                 "requirements": [
                   {"ref": "G-1", "title": "Board oversight", "kind": "control", "group": "gov"},
                   {"ref": "G-1.1", "title": "Quarterly board report", "kind": "control", "group": "gov", "parent": "G-1"}
                 ]}""";
        given().contentType(ContentType.JSON).body(body).header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", equalTo("acme-policy:1"))
                .body("origin", equalTo("imported"))
                .body("requirementCount", equalTo(2));
        given().when().get(FRAMEWORKS + "/acme-policy:1/requirements/G-1").then().statusCode(200)
                .body("children.ref", equalTo(List.of("G-1.1")));
        given().contentType(ContentType.JSON).body(body).header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:conflict"));
    }

    @Test
    void rejectsAnInconsistentImportWholeAndStoresNothing() {
        String body = """
                {"id": "broken:1", "name": "Broken", "version": "1",
                 "groups": [{"code": "g", "title": "G"}],
                 "requirements": [
                   {"ref": "R-1", "title": "One", "kind": "control", "group": "g"},
                   {"ref": "R-1", "title": "Twice", "kind": "control", "group": "g"},
                   {"ref": "R-2", "title": "Orphan", "kind": "control", "group": "nope", "parent": "R-9"}
                 ]}""";
        given().contentType(ContentType.JSON).body(body).header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("requirements[1].ref", "requirements[2].group",
                        "requirements[2].parent"));
        given().when().get(FRAMEWORKS + "/broken:1").then().statusCode(404);
    }

    @Test
    void rejectsAnImportWithMissingFieldsNamingEachOne() {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"Bad Id\", \"groups\": [], \"requirements\": [{\"ref\": \"x\"}]}")
                .header(GatewayIdentity.OPERATOR, "yes").when().post(FRAMEWORKS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("groups"))
                .body("errors.field", hasItem("requirements[0].title"))
                .body("errors.field", hasItem("requirements[0].kind"));
    }
}
