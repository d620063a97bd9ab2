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
    public record Summary(int total, int satisfied, int partial, int gap, int noCounterpart, int notApplicable,
                          double readinessPercent) {
        /** Counts of these requirements; readiness is satisfied of the applicable ones (not excluded by the SoA). */
        static Summary of(List<RequirementCoverage> requirements) {
            int satisfied = count(requirements, CoverageStatus.satisfied);
            int partial = count(requirements, CoverageStatus.partial);
            int noCounterpart = count(requirements, CoverageStatus.no_counterpart);
            int notApplicable = count(requirements, CoverageStatus.not_applicable);
            int applicable = requirements.size() - notApplicable;
            return new Summary(requirements.size(), satisfied, partial,
                    count(requirements, CoverageStatus.gap), noCounterpart, notApplicable,
                    applicable == 0 ? 0 : Math.round(1000.0 * satisfied / applicable) / 10.0);
        }

        private static int count(List<RequirementCoverage> requirements, CoverageStatus status) {
            return (int) requirements.stream().filter(r -> r.status() == status).count();
        }
    }

    /** One part of a framework summarised on its own: ISO's clauses and Annex A, each TSC category. */
    public record PartSummary(String part, Summary summary) {
    }

    public record FrameworkCoverage(String framework, String rule, Summary summary, List<PartSummary> parts,
                                    List<RequirementCoverage> requirements) {
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
