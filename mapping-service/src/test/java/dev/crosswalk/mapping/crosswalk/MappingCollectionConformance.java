package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the OSCAL 1.2.2 mapping model (NIST's oscal_mapping and oscal_mapping-common metaschemas) requires of a JSON
 * {@code mapping-collection}, checked by hand because no library served here implements that model yet: the
 * required fields and their cardinality, the allowed values of the constrained flags, the uuid and token formats,
 * uuids unique in the document. Answers every violation; none means conformant to what is checked here.
 */
final class MappingCollectionConformance {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    private static final Pattern DATE_TIME_WITH_ZONE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    static final Set<String> RELATIONSHIPS = Set.of("equivalent-to", "equal-to", "subset-of", "superset-of",
            "intersects-with", "no-relationship");
    private static final Set<String> METHODS = Set.of("human", "automation", "hybrid");
    private static final Set<String> MATCHING = Set.of("syntactic", "semantic", "functional");
    private static final Set<String> STATUSES = Set.of("complete", "not-complete", "draft", "deprecated", "superseded");
    private static final Set<String> ITEM_TYPES = Set.of("control", "statement");

    private final List<String> violations = new ArrayList<>();
    private final Set<String> uuids = new HashSet<>();

    private MappingCollectionConformance() {
    }

    static List<String> violations(JsonNode document) {
        MappingCollectionConformance check = new MappingCollectionConformance();
        check.collection(document.path("mapping-collection"));
        return check.violations;
    }

    private void collection(JsonNode collection) {
        if (!collection.isObject()) {
            violations.add("no mapping-collection object");
            return;
        }
        uuid(collection, "mapping-collection");
        JsonNode metadata = required(collection, "metadata", "mapping-collection");
        for (String field : List.of("title", "version", "oscal-version")) {
            text(metadata, field, "metadata");
        }
        if (!DATE_TIME_WITH_ZONE.matcher(metadata.path("last-modified").asText()).matches()) {
            violations.add("metadata: last-modified must be a date-time with time zone");
        }
        JsonNode provenance = required(collection, "provenance", "mapping-collection");
        allowed(provenance, "method", METHODS, true, "provenance");
        allowed(provenance, "matching-rationale", MATCHING, true, "provenance");
        allowed(provenance, "status", STATUSES, true, "provenance");
        text(provenance, "mapping-description", "provenance");
        JsonNode mappings = nonEmptyArray(collection, "mappings", "mapping-collection");
        for (JsonNode mapping : mappings) {
            mapping(mapping);
        }
    }

    private void mapping(JsonNode mapping) {
        uuid(mapping, "mapping");
        allowed(mapping, "method", METHODS, false, "mapping");
        allowed(mapping, "matching-rationale", MATCHING, false, "mapping");
        allowed(mapping, "status", STATUSES, false, "mapping");
        for (String side : List.of("source-resource", "target-resource")) {
            JsonNode resource = required(mapping, side, "mapping");
            text(resource, "type", side);
            text(resource, "href", side);
        }
        for (JsonNode map : nonEmptyArray(mapping, "maps", "mapping")) {
            uuid(map, "map");
            allowed(map, "matching-rationale", MATCHING, false, "map");
            allowed(map, "relationship", RELATIONSHIPS, true, "map " + map.path("uuid").asText());
            for (String items : List.of("sources", "targets")) {
                for (JsonNode item : nonEmptyArray(map, items, "map")) {
                    allowed(item, "type", ITEM_TYPES, true, items);
                    text(item, "id-ref", items);
                }
            }
        }
        for (String side : List.of("source-gap-summary", "target-gap-summary")) {
            if (mapping.has(side)) {
                JsonNode gap = mapping.path(side);
                uuid(gap, side);
                for (JsonNode selection : nonEmptyArray(gap, "unmapped-controls", side)) {
                    for (JsonNode id : selection.path("with-ids")) {
                        if (!TOKEN.matcher(id.asText()).matches()) {
                            violations.add(side + ": with-id '" + id.asText() + "' is not a token");
                        }
                    }
                    if (selection.path("with-ids").isEmpty() && selection.path("matching").isEmpty()) {
                        violations.add(side + ": an unmapped-controls entry selects nothing");
                    }
                }
            }
        }
    }

    private void uuid(JsonNode node, String where) {
        String value = node.path("uuid").asText();
        if (!UUID.matcher(value).matches()) {
            violations.add(where + ": uuid '" + value + "' is not an OSCAL uuid (version 4 or 5)");
        } else if (!uuids.add(value.toLowerCase())) {
            violations.add(where + ": uuid " + value + " is used twice");
        }
    }

    private JsonNode required(JsonNode node, String field, String where) {
        if (!node.path(field).isObject()) {
            violations.add(where + ": " + field + " is required");
        }
        return node.path(field);
    }

    private JsonNode nonEmptyArray(JsonNode node, String field, String where) {
        if (!node.path(field).isArray() || node.path(field).isEmpty()) {
            violations.add(where + ": " + field + " needs at least one entry");
        }
        return node.path(field);
    }

    private void text(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            violations.add(where + ": " + field + " is required");
        }
    }

    private void allowed(JsonNode node, String field, Set<String> values, boolean required, String where) {
        if (!node.has(field)) {
            if (required) {
                violations.add(where + ": " + field + " is required");
            }
        } else if (!values.contains(node.path(field).asText())) {
            violations.add(where + ": " + field + " '" + node.path(field).asText() + "' is not one of " + values);
        }
    }
}
