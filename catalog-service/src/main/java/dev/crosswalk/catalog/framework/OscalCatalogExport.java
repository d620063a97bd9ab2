package dev.crosswalk.catalog.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.catalog.framework.FrameworkViews.FrameworkDetail;
import dev.crosswalk.catalog.framework.FrameworkViews.GroupCount;
import dev.crosswalk.support.oscal.OscalIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A framework as an OSCAL 1.1.2 {@code catalog}, the shape {@link OscalCatalogConverter} reads back: its groups
 * (themes, clauses, categories) as groups, its requirements as controls, a child inside its parent when both are
 * in one group. A control's id is its ref made a token; the ref itself is its {@code label} prop, and its statement
 * part repeats its title.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OscalCatalogExport {
    @Inject
    FrameworkCatalog catalog;

    @Inject
    ObjectMapper objectMapper;

    public ObjectNode export(String frameworkId) {
        FrameworkDetail framework = catalog.framework(frameworkId);
        List<Requirement> requirements = Requirement.list("frameworkId = ?1 order by position", frameworkId);
        ObjectNode catalogNode = objectMapper.createObjectNode();
        catalogNode.put("uuid", OscalIds.uuid("catalog", framework.id(), framework.version()).toString());
        metadata(catalogNode.putObject("metadata"), framework);
        Map<String, ArrayNode> groupControls = new LinkedHashMap<>();
        ArrayNode groups = catalogNode.putArray("groups");
        Set<String> ids = new HashSet<>();
        for (GroupCount group : framework.groups()) {
            ObjectNode node = groups.addObject();
            node.put("id", unique(OscalIds.token(group.code()), ids));
            node.put("title", group.title());
            if (!OscalIds.token(group.code()).equals(group.code())) {
                label(node.putArray("props"), group.code());
            }
            groupControls.put(group.code(), node.putArray("controls"));
        }
        Map<String, Requirement> byRef = new HashMap<>();
        requirements.forEach(r -> byRef.put(r.ref, r));
        Map<String, ObjectNode> controls = new HashMap<>();
        for (Requirement requirement : requirements) {
            Requirement parent = requirement.parentRef == null ? null : byRef.get(requirement.parentRef);
            ArrayNode into = parent != null && parent.groupCode.equals(requirement.groupCode) && controls.containsKey(parent.ref)
                    ? controls.get(parent.ref).withArray("controls")
                    : groupControls.get(requirement.groupCode);
            controls.put(requirement.ref, control(into.addObject(), requirement, ids));
        }
        groups.forEach(group -> {
            if (group.path("controls").isEmpty()) {
                ((ObjectNode) group).remove("controls");
            }
        });
        ObjectNode root = objectMapper.createObjectNode();
        root.set("catalog", catalogNode);
        return root;
    }

    private void metadata(ObjectNode metadata, FrameworkDetail framework) {
        metadata.put("title", framework.name());
        metadata.put("last-modified", framework.importedAt().toString());
        metadata.put("version", framework.version());
        metadata.put("oscal-version", OscalIds.VERSION_1_1);
        if (framework.publisher() != null && !framework.publisher().isBlank()) {
            metadata.putArray("parties").addObject()
                    .put("uuid", OscalIds.uuid("party", framework.publisher()).toString())
                    .put("type", "organization")
                    .put("name", framework.publisher());
        }
        if (framework.description() != null && !framework.description().isBlank()) {
            metadata.put("remarks", framework.description());
        }
    }

    private static ObjectNode control(ObjectNode control, Requirement requirement, Set<String> ids) {
        String id = unique(OscalIds.token(requirement.ref), ids);
        control.put("id", id);
        control.put("title", requirement.title);
        ArrayNode props = control.putArray("props");
        label(props, requirement.ref);
        props.addObject().put("name", "kind").put("ns", OscalIds.NAMESPACE).put("value", requirement.kind.name());
        if (requirement.newInVersion) {
            props.addObject().put("name", "new-in-version").put("ns", OscalIds.NAMESPACE).put("value", "true");
        }
        // OSCAL wants a statement in every control that is not withdrawn; the catalogue holds titles, not texts
        control.putArray("parts").addObject().put("id", id + "_smt").put("name", "statement").put("prose", requirement.title);
        return control;
    }

    private static void label(ArrayNode props, String ref) {
        props.addObject().put("name", "label").put("value", ref);
    }

    /** Distinct refs can make one token ("A(1)" and "A_1_"); the second gets a suffix, the label keeps the ref. */
    private static String unique(String token, Set<String> ids) {
        String id = token;
        for (int n = 2; !ids.add(id); n++) {
            id = token + "-" + n;
        }
        return id;
    }
}
