package dev.crosswalk.mapping.coverage;

import java.util.List;
import java.util.UUID;

/** The coverage of one requirement, with the controls, evidence and crosswalk links behind it, and why. */
public record RequirementCoverage(String ref, String group, CoverageStatus status, String reason,
                                  List<String> controls, List<UUID> evidence, List<Via> via) {

    /** A requirement of the other framework whose own status was carried over to this one. */
    public record Via(String ref, String relationship, int strength, CoverageStatus carried) {
    }
}
