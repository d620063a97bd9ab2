package dev.crosswalk.mapping.crosswalk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrosswalkResourceTest {
    private static final String ISO_TSC = "/api/v1/mappings/crosswalks/iso27001-2022_soc2-tsc-2017";
    private static final String TRANSITION = "/api/v1/mappings/crosswalks/iso27001-2013_iso27001-2022";

    @Test
    void listsBothCrosswalksWithTheirProvenance() {
        given().when().get("/api/v1/mappings/crosswalks").then().statusCode(200)
                .body("id", equalTo(List.of("iso27001-2013_iso27001-2022", "iso27001-2022_soc2-tsc-2017")))
                .body("links", everyItem(greaterThan(100)))
                .body("provenance", everyItem(startsWith("")));
    }

    @Test
    void aRequirementShowsItsLinksInBothDirections() {
        JsonPath iso = given().when().get("/api/v1/mappings/requirements/iso27001:2022/A.5.15/links")
                .then().statusCode(200)
                .body("group", equalTo("organizational"))
                .extract().jsonPath();
        List<String> tsc = iso.getList("links.findAll { it.to.framework == 'soc2-tsc:2017' }.to.ref");
        assertTrue(tsc.stream().anyMatch(ref -> ref.startsWith("CC6.")), "access control reaches CC6: " + tsc);
        List<String> older = iso.getList("links.findAll { it.to.framework == 'iso27001:2013' }.to.ref");
        assertTrue(older.contains("A.9.1.1"), "2022 A.5.15 comes from 2013 A.9.1.1: " + older);

        String firstIsoOfCc61 = given().when().get("/api/v1/mappings/requirements/soc2-tsc:2017/CC6.1/links")
                .then().statusCode(200)
                .body("group", equalTo("security"))
                .body("links.to.framework", everyItem(equalTo("iso27001:2022")))
                .extract().path("links[0].to.ref");
        given().queryParam("source", firstIsoOfCc61).queryParam("target", "CC6.1").when().get(ISO_TSC + "/links")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aLinkReadFromTheTargetSideHasTheInverseRelationship() {
        JsonPath subsets = given().queryParam("relationship", "subset_of").queryParam("size", 1)
                .when().get(ISO_TSC + "/links").then().statusCode(200).extract().jsonPath();
        String source = subsets.getString("items[0].from.ref");
        String target = subsets.getString("items[0].to.ref");
        given().when().get("/api/v1/mappings/requirements/soc2-tsc:2017/" + target + "/links").then().statusCode(200)
                .body("links.find { it.to.ref == '" + source + "' }.relationship", equalTo("superset_of"));
    }

    @Test
    void filtersAndPagesLinks() {
        given().queryParam("minStrength", 9).queryParam("size", 200).when().get(ISO_TSC + "/links").then().statusCode(200)
                .body("items.strength", everyItem(greaterThan(8)));
        given().queryParam("size", 5).queryParam("page", 1).when().get(ISO_TSC + "/links").then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(1));
        given().queryParam("minStrength", 11).when().get(ISO_TSC + "/links").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minStrength"));
        given().queryParam("relationship", "overlaps").when().get(ISO_TSC + "/links").then().statusCode(400);
        given().when().get("/api/v1/mappings/crosswalks/nist-to-cis/links").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/mappings/requirements/nist-csf:2.0/GV.OC-01/links").then().statusCode(404);
    }

    @Test
    void statisticsCountEveryRequirementOnceInBothDirections() {
        JsonPath stats = given().when().get(ISO_TSC + "/statistics").then().statusCode(200).extract().jsonPath();
        Map<String, Object> tsc = stats.getMap("directions.find { it.framework == 'soc2-tsc:2017' }");
        Map<String, Object> iso = stats.getMap("directions.find { it.framework == 'iso27001:2022' }");
        assertEquals(61, tsc.get("total"));
        assertEquals(93 + 34, iso.get("total"), "every Annex A control and every clause");
        for (Map<String, Object> direction : List.of(tsc, iso)) {
            assertEquals(direction.get("total"), (int) direction.get("fully") + (int) direction.get("partly")
                    + (int) direction.get("none"));
        }
        assertEquals(List.of("availability", "confidentiality", "privacy", "processing_integrity", "security"),
                stats.getList("directions.find { it.framework == 'soc2-tsc:2017' }.byGroup.group"));
        assertEquals(List.of(3, 2, 18, 5, 33),
                stats.getList("directions.find { it.framework == 'soc2-tsc:2017' }.byGroup.total"));
        assertEquals(List.of(34, 37, 8, 14, 34),
                stats.getList("directions.find { it.framework == 'iso27001:2022' }.byGroup.total"));
    }

    @Test
    void deltaListsWhatAnIsoHolderMustAddForSoc2() {
        JsonPath delta = given().queryParam("framework", "soc2-tsc:2017").when().get(ISO_TSC + "/delta")
                .then().statusCode(200)
                .body("holding", equalTo("iso27001:2022"))
                .extract().jsonPath();
        JsonPath stats = given().when().get(ISO_TSC + "/statistics").then().extract().jsonPath();
        assertEquals(stats.getInt("directions.find { it.framework == 'soc2-tsc:2017' }.none"),
                delta.getList("noCounterpart").size());
        assertEquals(stats.getInt("directions.find { it.framework == 'soc2-tsc:2017' }.partly"),
                delta.getList("partialOnly").size());
        assertEquals(61, delta.getInt("summary.requirements"));
        assertEquals(61, delta.getInt("summary.noCounterpart") + delta.getInt("summary.partialOnly")
                + delta.getInt("summary.coveredInFull"));
        // consent has no counterpart in ISO 27001: build it, with the reason
        assertTrue(delta.getList("noCounterpart.ref").contains("P2.1"), "P2.1 consent: " + delta.getList("noCounterpart.ref"));
        assertTrue(delta.getString("noCounterpart.find { it.ref == 'P2.1' }.reason").contains("27701"));
        // a partly covered criterion says what is missing, from which ISO requirement
        List<String> missing = delta.getList("partialOnly.find { it.ref == 'CC6.1' }.missing");
        assertTrue(!missing.isEmpty() && missing.stream().allMatch(m -> m.matches("(A\\.)?\\d+(\\.\\d+)+: .+")), "" + missing);
        String csv = given().queryParam("framework", "soc2-tsc:2017").queryParam("format", "csv").when()
                .get(ISO_TSC + "/delta").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("P2.1,privacy,build: no counterpart")), csv);
        given().queryParam("framework", "soc2-tsc:2017").queryParam("format", "xlsx").when().get(ISO_TSC + "/delta")
                .then().statusCode(200).header("Content-Disposition", containsString(".xlsx"));
        given().queryParam("framework", "pci-dss:4.0").when().get(ISO_TSC + "/delta").then().statusCode(404);
        given().when().get(ISO_TSC + "/delta").then().statusCode(400);
    }

    @Test
    void versionsAreKeptSideBySideAndTheirDifferenceIsListed() {
        given().when().get(ISO_TSC + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of("1.0.0", "2.0.0")))
                .body("inUse", equalTo(List.of(false, true)));
        JsonPath diff = given().queryParam("from", "1.0.0").queryParam("to", "2.0.0").when().get(ISO_TSC + "/diff")
                .then().statusCode(200).extract().jsonPath();
        int v1 = given().when().get(ISO_TSC + "/versions").then().extract().path("find { it.version == '1.0.0' }.links");
        int v2 = given().when().get(ISO_TSC + "/versions").then().extract().path("find { it.version == '2.0.0' }.links");
        assertEquals(v2 - v1, diff.getInt("summary.added") - diff.getInt("summary.removed"));
        assertEquals(diff.getList("added").size(), diff.getInt("summary.added"));
        assertTrue(diff.getList("noCounterpartAdded.ref").contains("P2.1"));
        assertTrue(diff.getList("removed").stream().anyMatch(l -> l.toString().contains("target=P2.1")),
                "the weak A.5.34 > P2.1 link is gone");
        given().queryParam("from", "0.9.0").queryParam("to", "2.0.0").when().get(ISO_TSC + "/diff").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("to", "2.0.0").when().get(ISO_TSC + "/diff").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().when().get(TRANSITION + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of("1.0.0", "1.1.0")));
    }

    @Test
    void exportsCsvOscalAndJson() throws Exception {
        int total = given().queryParam("size", 1).when().get(ISO_TSC + "/links").then().extract().path("totalItems");
        String csv = given().queryParam("format", "csv").when().get(ISO_TSC + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(total, rows.size());
        assertTrue(rows.stream().allMatch(r -> !r.get("rationale").isBlank() && r.get("source_framework").equals("iso27001:2022")));
        given().queryParam("format", "oscal").when().get(ISO_TSC + "/export").then().statusCode(200)
                .body("'mapping-collection'.metadata.'oscal-version'", equalTo("1.2.2"))
                .body("'mapping-collection'.mappings[0].maps", hasSize(total))
                .body("'mapping-collection'.mappings[0].maps.relationship",
                        everyItem(org.hamcrest.Matchers.in(List.of("equal-to", "subset-of", "superset-of", "intersects-with"))));
        given().when().get(TRANSITION + "/export").then().statusCode(200)
                .body("change", hasItem("merged"))
                .body("strength", everyItem(lessThanOrEqualTo(10)));
        given().queryParam("format", "xml").when().get(ISO_TSC + "/export").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
