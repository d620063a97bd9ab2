package dev.crosswalk.mapping.crosswalk;

import java.util.List;

/** API views of the crosswalk (records apart from the entities). */
public final class CrosswalkViews {
    private CrosswalkViews() {
    }

    public record RequirementId(String framework, String ref) {
    }

    /** A link, oriented "from RELATIONSHIP to". */
    /** {@code residual}: what {@code to} asks for beyond this link, read in the crosswalk's own direction. */
    public record LinkView(String crosswalk, RequirementId from, RequirementId to, Relationship relationship,
                           int strength, String rationale, String residual, String change) {
    }

    public record RequirementLinks(RequirementId requirement, String group, List<LinkView> links,
                                   String noCounterpartReason) {
    }

    public record CrosswalkSummary(String id, String version, String sourceFramework, String targetFramework,
                                   String provenance, long links, long unmapped) {
    }

    public record GroupCoverage(String group, int total, int fully, int partly, int none) {
    }

    /** How much of {@code framework} the other framework of the crosswalk covers. */
    public record Coverage(String framework, String coveredBy, int total, int fully, int partly, int none,
                           double fullyPercent, double atLeastPartlyPercent, List<GroupCoverage> byGroup) {
    }

    public record Statistics(String crosswalk, String rule, List<Coverage> directions, long links,
                             java.util.Map<Relationship, Long> linksByRelationship) {
    }

    /**
     * One requirement to work on: {@code reason} why nothing carries over (no counterpart), or the partial links
     * that do and, in {@code missing}, what each leaves open (the links' residuals).
     */
    public record DeltaItem(String ref, String group, String reason, List<LinkView> partialLinks, List<String> missing) {
    }

    /** Counts of the work list: build from scratch, complete, and already covered in full. */
    public record DeltaSummary(int requirements, int noCounterpart, int partialOnly, int coveredInFull) {
    }

    /**
     * What a company holding {@code holding} must add for {@code framework}: requirements with no counterpart
     * (build them) and those only partly covered (complete them), each in the standard's order; links below the
     * counting threshold carry nothing and are not shown.
     */
    public record Delta(String framework, String holding, String crosswalkVersion, DeltaSummary summary,
                        List<DeltaItem> noCounterpart, List<DeltaItem> partialOnly) {
    }
}
