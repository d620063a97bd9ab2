package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.LinkView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a crosswalk as CSV (Apache Commons CSV) or as an OSCAL mapping-collection. */
@ApplicationScoped
public class CrosswalkExport {
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
     * An OSCAL 1.2 {@code mapping-collection}: one mapping between the two frameworks' catalogs, one
     * map per link with the NIST IR 8477 relationship, the rationale as remarks and the strength as a
     * prop. UUIDs are derived from the content, so the same crosswalk version exports identically.
     */
    public ObjectNode oscal(Crosswalk crosswalk, List<LinkView> links) {
        ObjectNode collection = objectMapper.createObjectNode();
        collection.put("uuid", uuid(crosswalk.id, crosswalk.version).toString());
        ObjectNode metadata = collection.putObject("metadata");
        metadata.put("title", "Crosswalk " + crosswalk.sourceFramework + " to " + crosswalk.targetFramework);
        metadata.put("last-modified", crosswalk.loadedAt.toString());
        metadata.put("version", crosswalk.version);
        metadata.put("oscal-version", "1.2.0");
        metadata.put("remarks", crosswalk.provenance);
        ObjectNode provenance = collection.putObject("provenance");
        provenance.put("method", "human");
        provenance.put("matching-rationale", "semantic");
        provenance.put("status", "complete");
        provenance.put("mapping-description", crosswalk.provenance);
        ObjectNode mapping = collection.putArray("mappings").addObject();
        mapping.put("uuid", uuid(crosswalk.id, crosswalk.version, "mapping").toString());
        mapping.putObject("source-resource").put("type", "catalog").put("href", "#" + crosswalk.sourceFramework);
        mapping.putObject("target-resource").put("type", "catalog").put("href", "#" + crosswalk.targetFramework);
        ArrayNode maps = mapping.putArray("maps");
        for (LinkView link : links) {
            ObjectNode map = maps.addObject();
            map.put("uuid", uuid(crosswalk.id, crosswalk.version, link.from().ref(), link.to().ref()).toString());
            map.put("relationship", link.relationship().oscal());
            map.putArray("sources").addObject().put("type", "control").put("id-ref", link.from().ref());
            map.putArray("targets").addObject().put("type", "control").put("id-ref", link.to().ref());
            map.putArray("props").addObject().put("name", "strength").put("value", String.valueOf(link.strength()));
            map.put("remarks", link.residual() == null ? link.rationale()
                    : link.rationale() + " Not covered: " + link.residual());
        }
        ObjectNode root = objectMapper.createObjectNode();
        root.set("mapping-collection", collection);
        return root;
    }

    private static UUID uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }
}
