package dev.crosswalk.mapping.coverage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The coverage of one requirement, with the controls, evidence and crosswalk links behind it, and why.
 * {@code evidence} names the newest qualifying records of each contributing control (at most
 * {@link dev.crosswalk.mapping.projection.ControlEvidenceSummaries#NEWEST} each); {@code evidenceCount} counts
 * all of them, each record once however many contributing controls it is attached to. {@code holdsUntil}: the date the status drops if no new evidence
 * arrives (the first expiry of a deciding record that the status cannot do without); null when it rests on none.
 */
public record RequirementCoverage(String ref, String group, CoverageStatus status, String reason,
                                  List<String> controls, List<UUID> evidence, long evidenceCount, Instant holdsUntil,
                                  List<Via> via) {

    /** The same requirement, out of the tenant's ISMS or SOC 2 report (why): never a gap, never a fix to make. */
    public RequirementCoverage notApplicable(String why) {
        return new RequirementCoverage(ref, group, CoverageStatus.not_applicable, why, controls, evidence, evidenceCount, null,
                via);
    }

    /** A requirement of the other framework whose own status was carried over to this one. */
    public record Via(String ref, String relationship, int strength, CoverageStatus carried) {
    }
}
