package dev.crosswalk.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SpecMergerTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode spec(String path, String summaryProperty) throws Exception {
        return json.readTree("""
                {"paths": {"%s": {"get": {"responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Summary"}}}}}}},
                   "/q/internal": {"get": {}}},
                 "components": {"schemas": {
                   "Summary": {"type": "object", "properties": {"%s": {"type": "integer"}}},
                   "Problem": {"type": "object"}}}}""".formatted(path, summaryProperty));
    }

    @Test
    void sameNamedDifferentSchemasAreBothKeptAndReferencesFollowTheRename() throws Exception {
        ObjectNode merged = json.createObjectNode();
        SpecMerger.add(merged, "catalog", spec("/api/v1/catalog/counts", "total"));
        SpecMerger.add(merged, "mappings", spec("/api/v1/mappings/coverage", "satisfied"));

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("integer", schemas.path("Summary").path("properties").path("total").path("type").asText());
        assertEquals("integer", schemas.path("MappingSummary").path("properties").path("satisfied").path("type").asText());
        assertEquals(3, schemas.size(), "identical Problem schemas are shared, not renamed");
        assertEquals("#/components/schemas/Summary", merged.at(
                "/paths/~1api~1v1~1catalog~1counts/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/MappingSummary", merged.at(
                "/paths/~1api~1v1~1mappings~1coverage/get/responses/200/content/application~1json/schema/$ref").asText());
        assertFalse(merged.path("paths").has("/q/internal"), "only routed paths are published");
    }
}
