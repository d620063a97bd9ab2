package dev.crosswalk.mapping.crosswalk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.support.oscal.OscalIds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The crosswalk's OSCAL mapping-collection against the OSCAL 1.2.2 mapping model's definition (no validating
 * library covers that model yet, see {@link MappingCollectionConformance}), and against the crosswalk itself.
 */
@QuarkusTest
class OscalMappingExportTest {
    private static final String CROSSWALKS = "/api/v1/mappings/crosswalks/";

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode export(String crosswalk) throws Exception {
        return json.readTree(given().queryParam("format", "oscal").when().get(CROSSWALKS + crosswalk + "/export").then()
                .statusCode(200).extract().asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso27001-2022_soc2-tsc-2017", "iso27001-2013_iso27001-2022"})
    void theExportConformsAndCarriesEveryLinkAndEveryDeclaredGap(String crosswalk) throws Exception {
        JsonNode document = export(crosswalk);
        assertEquals(List.of(), MappingCollectionConformance.violations(document));
        JsonNode mapping = document.path("mapping-collection").path("mappings").path(0);
        Map<String, Object> summary = given().when().get(CROSSWALKS).then().statusCode(200).extract()
                .path("find { it.id == '" + crosswalk + "' }");
        assertEquals(((Number) summary.get("links")).intValue(), mapping.path("maps").size());
        Set<String> gaps = new HashSet<>();
        for (String side : List.of("source", "target")) {
            String framework = (String) summary.get(side + "Framework");
            List<String> declared = declared(crosswalk, framework);
            Set<String> summarised = new HashSet<>();
            mapping.path(side + "-gap-summary").path("unmapped-controls").forEach(s -> s.path("with-ids")
                    .forEach(id -> summarised.add(id.asText())));
            for (String ref : declared) {
                assertTrue(summarised.contains(OscalIds.token(ref)), framework + " " + ref + " is in the " + side + " gap summary");
            }
            gaps.addAll(summarised.stream().map(id -> side + id).toList());
        }
        assertTrue(gaps.size() > 0 || ((Number) summary.get("unmapped")).intValue() == 0);
        assertEquals(((Number) summary.get("unmapped")).intValue(), gaps.size(), "every declared gap, nothing else");
        long reasons = java.util.stream.StreamSupport.stream(mapping.path("props").spliterator(), false)
                .filter(p -> p.path("name").asText().equals("no-counterpart") && !p.path("remarks").asText().isBlank()).count();
        assertEquals(gaps.size(), reasons, "each gap with why");
        assertEquals("human", document.path("mapping-collection").path("provenance").path("method").asText());
    }

    /** The requirements the loaded crosswalk declares without counterpart in the framework, as stored. */
    private List<String> declared(String crosswalk, String framework) throws Exception {
        List<String> refs = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select ref from crosswalk_unmapped where crosswalk_id = ? and framework = ?")) {
            s.setString(1, crosswalk);
            s.setString(2, framework);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    refs.add(rows.getString(1));
                }
            }
        }
        return refs;
    }

    @Test
    void theSameVersionExportsIdentically() throws Exception {
        JsonNode first = export("iso27001-2022_soc2-tsc-2017");
        assertEquals(first, export("iso27001-2022_soc2-tsc-2017"));
        assertEquals("1.2.2", first.path("mapping-collection").path("metadata").path("oscal-version").asText());
    }

    @Test
    void theConformanceCheckRefusesWhatTheModelDoesNotAllow() throws Exception {
        ObjectNode document = (ObjectNode) export("iso27001-2022_soc2-tsc-2017");
        ObjectNode collection = (ObjectNode) document.path("mapping-collection");
        ObjectNode map = (ObjectNode) collection.path("mappings").path(0).path("maps").path(0);
        map.put("relationship", "equal");
        map.put("uuid", java.util.UUID.nameUUIDFromBytes(new byte[] {7}).toString());
        ((ObjectNode) collection.path("provenance")).remove("mapping-description");
        List<String> violations = MappingCollectionConformance.violations(document);
        assertEquals(3, violations.size(), violations.toString());
        assertFalse(MappingCollectionConformance.violations(json.readTree("{\"mapping-collection\": {}}")).isEmpty());
    }
}
