package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import java.util.List;
import java.util.UUID;

/** Answers of the coverage API. */
public final class CoverageViews {
    private CoverageViews() {
    }

    /**
     * {@code gap} and {@code noCounterpart} are apart: the latter has nothing in the other framework to build on;
     * {@code notApplicable}: excluded by the Statement of Applicability.
     */
    public record Summary(int total, int satisfied, int partial, int gap, int noCounterpart, int notApplicable) {
    }

    public record FrameworkCoverage(String framework, String rule, Summary summary, List<RequirementCoverage> requirements) {
    }

    /** A requirement not yet satisfied and how many requirements one fix (an operating mapped control) would close or narrow. */
    public record Gap(String ref, String group, CoverageStatus status, int closes, List<String> alsoHelps, String reason) {
    }

    public record Gaps(String framework, List<Gap> gaps) {
    }

    /** One requirement an evidence record counts for, and the path: its control, then possibly a crosswalk link. */
    public record Satisfies(RequirementId requirement, String control, RequirementId viaRequirement, String relationship,
                            boolean full) {
    }

    public record EvidenceReach(UUID evidenceId, boolean counts, String why, List<Satisfies> requirements) {
    }
}
