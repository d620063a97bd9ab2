package dev.crosswalk.mapping.crosswalk;

import java.util.List;

/** A crosswalk data file as shipped in {@code src/main/resources/crosswalk/} (see mapping-service/README.md). */
public record CrosswalkDocument(String id, String version, String source, String target, String provenance,
                                List<Link> links, List<Unmapped> unmapped) {

    public record Link(String source, String target, Relationship relationship, int strength, String rationale,
                       String change) {
    }

    public record Unmapped(String framework, String ref, String reason) {
    }
}
