package dev.crosswalk.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into one: the routed paths of each, their tags, and all their
 * component schemas and responses (the problem responses every service documents alike). Two services may name different schemas alike ({@code Summary}); the later one is then
 * published as {@code <Service><Name>} and every reference in its document follows, so a generated
 * client gets both types instead of one silently overwriting the other.
 */
final class SpecMerger {
    private static final String SCHEMA_REF = "#/components/schemas/";

    private SpecMerger() {
    }

    /** Adds one service's document ({@code route} is its path segment, e.g. {@code evidence}) into {@code merged}. */
    static void add(ObjectNode merged, String route, JsonNode spec) {
        ObjectNode schemas = merged.withObject("/components/schemas");
        JsonNode own = spec.path("components").path("schemas");
        Map<String, String> renames = new HashMap<>();
        own.fieldNames().forEachRemaining(name -> {
            JsonNode existing = schemas.get(name);
            if (existing != null && !existing.equals(own.get(name))) {
                renames.put(name, prefix(route) + name);
            }
        });
        JsonNode renamed = renames.isEmpty() ? spec : rewriteRefs(spec.deepCopy(), renames);
        ObjectNode paths = merged.withObject("/paths");
        renamed.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/" + route)) {
                paths.set(path.getKey(), path.getValue());
            }
        });
        renamed.path("components").path("schemas").fields().forEachRemaining(schema ->
                schemas.set(renames.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue()));
        ObjectNode responses = merged.withObject("/components/responses");
        renamed.path("components").path("responses").fields().forEachRemaining(response ->
                responses.putIfAbsent(response.getKey(), response.getValue()));
        ArrayNode tags = merged.withArray("/tags");
        for (JsonNode tag : spec.path("tags")) {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        }
    }

    private static String prefix(String route) {
        String singular = route.endsWith("s") ? route.substring(0, route.length() - 1) : route;
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && field.getValue().asText().startsWith(SCHEMA_REF)) {
                    String name = field.getValue().asText().substring(SCHEMA_REF.length());
                    if (renames.containsKey(name)) {
                        field.setValue(TextNode.valueOf(SCHEMA_REF + renames.get(name)));
                    }
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
        return node;
    }
}
