package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.LinkView;
import dev.crosswalk.support.oscal.OscalIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a crosswalk as CSV (Apache Commons CSV) or as an OSCAL mapping-collection. */
@ApplicationScoped
public class CrosswalkExport {
    /** The mapping model's version whose definition the export follows (NIST OSCAL, src/metaschema, v1.2.2). */
    static final String OSCAL_VERSION = "1.2.2";
    static final String[] CSV_HEADER = {"source_framework", "source_ref", "relationship", "target_framework",
            "target_ref", "strength", "rationale", "residual", "change"};

    @Inject
    ObjectMapper objectMapper;

    public String csv(List<LinkView> links) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out)) {
            for (LinkView link : links) {
                printer.printRecord(link.from().framework(), link.from().ref(), link.relationship().name(),
                        link.to().framework(), link.to().ref(), link.strength(), link.rationale(), link.residual(),
                        link.change());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * An OSCAL 1.2 {@code mapping-collection} (checked against the 1.2.2 model's definition, see README): one
     * mapping between the two frameworks' catalogs (our OSCAL catalog exports), one map per link with the NIST
     * IR 8477 relationship, the rationale as remarks and the strength as a prop; the requirements the crosswalk
     * declares without counterpart as the mapping's gap summaries. Ids are the catalog exports' control ids
     * (refs made tokens) with the ref as label; UUIDs are derived from the content, so the same crosswalk version
     * exports identically.
     */
    public ObjectNode oscal(Crosswalk crosswalk, List<LinkView> links, List<UnmappedRequirement> unmapped) {
        ObjectNode collection = objectMapper.createObjectNode();
        collection.put("uuid", OscalIds.uuid(crosswalk.id, crosswalk.version).toString());
        ObjectNode metadata = collection.putObject("metadata");
        metadata.put("title", "Crosswalk " + crosswalk.sourceFramework + " to " + crosswalk.targetFramework);
        metadata.put("last-modified", crosswalk.loadedAt.toString());
        metadata.put("version", crosswalk.version);
        metadata.put("oscal-version", OSCAL_VERSION);
        metadata.put("remarks", crosswalk.provenance);
        ObjectNode provenance = collection.putObject("provenance");
        provenance.put("method", "human");
        provenance.put("matching-rationale", "semantic");
        provenance.put("status", "complete");
        provenance.put("mapping-description", crosswalk.provenance);
        ObjectNode mapping = collection.putArray("mappings").addObject();
        mapping.put("uuid", OscalIds.uuid(crosswalk.id, crosswalk.version, "mapping").toString());
        mapping.putObject("source-resource").put("type", "catalog").put("href", catalogHref(crosswalk.sourceFramework));
        mapping.putObject("target-resource").put("type", "catalog").put("href", catalogHref(crosswalk.targetFramework));
        ArrayNode maps = mapping.putArray("maps");
        for (LinkView link : links) {
            ObjectNode map = maps.addObject();
            map.put("uuid", OscalIds.uuid(crosswalk.id, crosswalk.version, link.from().ref(), link.to().ref()).toString());
            map.put("relationship", link.relationship().oscal());
            item(map.putArray("sources").addObject(), link.from().ref());
            item(map.putArray("targets").addObject(), link.to().ref());
            map.putArray("props").addObject().put("name", "strength").put("ns", OscalIds.NAMESPACE)
                    .put("value", String.valueOf(link.strength()));
            map.put("remarks", link.residual() == null ? link.rationale()
                    : link.rationale() + " Not covered: " + link.residual());
        }
        gapSummary(mapping, "source", crosswalk, unmapped.stream().filter(u -> u.framework.equals(crosswalk.sourceFramework)).toList());
        gapSummary(mapping, "target", crosswalk, unmapped.stream().filter(u -> u.framework.equals(crosswalk.targetFramework)).toList());
        ObjectNode root = objectMapper.createObjectNode();
        root.set("mapping-collection", collection);
        return root;
    }

    /** The model has no place for why in a gap summary: each reason is a prop of the mapping, its ref the value. */
    private static void gapSummary(ObjectNode mapping, String side, Crosswalk crosswalk, List<UnmappedRequirement> unmapped) {
        if (unmapped.isEmpty()) {
            return;
        }
        ArrayNode ids = mapping.putObject(side + "-gap-summary")
                .put("uuid", OscalIds.uuid(crosswalk.id, crosswalk.version, side + "-gaps").toString())
                .putArray("unmapped-controls").addObject().putArray("with-ids");
        ArrayNode props = mapping.withArray("props");
        for (UnmappedRequirement requirement : unmapped) {
            ids.add(OscalIds.token(requirement.ref));
            props.addObject().put("name", "no-counterpart").put("ns", OscalIds.NAMESPACE).put("class", side)
                    .put("value", requirement.ref).put("remarks", requirement.reason);
        }
    }

    private static void item(ObjectNode item, String ref) {
        item.put("type", "control").put("id-ref", OscalIds.token(ref));
        item.putArray("props").addObject().put("name", "label").put("value", ref);
    }

    private static String catalogHref(String framework) {
        return "/api/v1/catalog/frameworks/" + framework + "/oscal";
    }
}
