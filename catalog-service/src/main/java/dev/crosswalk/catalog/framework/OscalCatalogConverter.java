package dev.crosswalk.catalog.framework;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.support.oscal.OscalIds;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OSCAL 1.x {@code catalog} document into the catalogue's import format. Top-level groups
 * become groups (controls of nested groups join their top-level group), controls and their
 * enhancements become requirements with parents, and a control's {@code label} prop, when it has one,
 * is its ref (e.g. {@code AC-2(1)} rather than {@code ac-2.1}), and a group's its code. The kind and
 * new-in-version props of our own export ({@link OscalCatalogExport}) are read back; others are ignored.
 */
public final class OscalCatalogConverter {
    static final String UNGROUPED = "ungrouped";

    private OscalCatalogConverter() {
    }

    public static FrameworkDocument convert(String frameworkId, JsonNode document) {
        JsonNode catalog = document.path("catalog");
        if (!catalog.isObject()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The body is not an OSCAL catalog: no 'catalog' object");
        }
        JsonNode metadata = catalog.path("metadata");
        Map<String, FrameworkDocument.Group> groups = new LinkedHashMap<>();
        List<FrameworkDocument.RequirementEntry> requirements = new ArrayList<>();
        for (JsonNode group : catalog.path("groups")) {
            String code = label(group);
            if (code == null) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "An OSCAL group has no id");
            }
            groups.put(code, new FrameworkDocument.Group(code, group.path("title").asText(code)));
            collectGroup(group, code, requirements);
        }
        if (catalog.path("controls").size() > 0) {
            groups.put(UNGROUPED, new FrameworkDocument.Group(UNGROUPED, "Controls outside any group"));
            collectControls(catalog.path("controls"), UNGROUPED, null, requirements);
        }
        return new FrameworkDocument(frameworkId,
                metadata.path("title").asText(null),
                metadata.path("version").asText(null),
                partyName(metadata),
                "Imported from OSCAL catalog " + catalog.path("uuid").asText("(no uuid)"),
                new ArrayList<>(groups.values()),
                requirements);
    }

    private static void collectGroup(JsonNode group, String topLevelCode, List<FrameworkDocument.RequirementEntry> into) {
        collectControls(group.path("controls"), topLevelCode, null, into);
        for (JsonNode nested : group.path("groups")) {
            collectGroup(nested, topLevelCode, into);
        }
    }

    private static void collectControls(JsonNode controls, String groupCode, String parentRef,
                                        List<FrameworkDocument.RequirementEntry> into) {
        for (JsonNode control : controls) {
            String ref = label(control);
            into.add(new FrameworkDocument.RequirementEntry(ref, control.path("title").asText(null),
                    kind(control), groupCode, parentRef, "true".equals(ours(control, "new-in-version")) ? true : null));
            collectControls(control.path("controls"), groupCode, ref, into);
        }
    }

    private static String label(JsonNode control) {
        for (JsonNode prop : control.path("props")) {
            if ("label".equals(prop.path("name").asText()) && prop.hasNonNull("value")
                    && prop.path("ns").isMissingNode()) {
                return prop.path("value").asText();
            }
        }
        return control.path("id").asText(null);
    }

    /** The kind our own export wrote (a prop in our namespace); any other catalog's controls are controls. */
    private static RequirementKind kind(JsonNode control) {
        String kind = ours(control, "kind");
        for (RequirementKind known : RequirementKind.values()) {
            if (known.name().equals(kind)) {
                return known;
            }
        }
        return RequirementKind.control;
    }

    private static String ours(JsonNode node, String name) {
        for (JsonNode prop : node.path("props")) {
            if (name.equals(prop.path("name").asText()) && OscalIds.NAMESPACE.equals(prop.path("ns").asText())) {
                return prop.path("value").asText(null);
            }
        }
        return null;
    }

    private static String partyName(JsonNode metadata) {
        for (JsonNode party : metadata.path("parties")) {
            if (party.hasNonNull("name")) {
                return party.path("name").asText();
            }
        }
        return null;
    }
}
