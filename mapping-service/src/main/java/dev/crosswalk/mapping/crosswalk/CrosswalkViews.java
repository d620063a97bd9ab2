package dev.crosswalk.mapping.crosswalk;

import java.util.List;

/** API views of the crosswalk (records apart from the entities). */
public final class CrosswalkViews {
    private CrosswalkViews() {
    }

    public record RequirementId(String framework, String ref) {
    }

    /** A link, oriented "from RELATIONSHIP to". */
    public record LinkView(String crosswalk, RequirementId from, RequirementId to, Relationship relationship,
                           int strength, String rationale, String change) {
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

    public record DeltaItem(String ref, String group, String reason, List<LinkView> partialLinks) {
    }

    /** What a company holding {@code holding} must add for {@code framework}. */
    public record Delta(String framework, String holding, List<DeltaItem> noCounterpart, List<DeltaItem> partialOnly) {
    }
}
