package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/** A crosswalk data file as shipped in {@code src/main/resources/crosswalk/} (see mapping-service/README.md). */
public record CrosswalkDocument(String id, String version, String source, String target, String provenance,
                                List<Link> links, @JsonAlias("unmapped") List<Unmapped> noCounterpart,
                                List<Omitted> omitted) {

    /** {@code residual}: what the target asks for that the source does not give (partial links). */
    public record Link(String source, String target, Relationship relationship, int strength, String rationale,
                       String residual, String change) {
    }

    public record Unmapped(String framework, String ref, String reason) {
    }

    /** A pair public mappings agree on that this crosswalk leaves out, and why (for review; not loaded). */
    public record Omitted(String source, String target, String reason) {
    }
}
