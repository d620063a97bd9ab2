package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.crosswalk.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The coverage rule, in one place (documented in mapping-service/README.md):
 * <ol>
 * <li>Direct: a requirement with mapped controls is <b>satisfied</b> when every mapped control
 * operates, <b>partial</b> when some do, <b>gap</b> when none does (most restrictive: one control
 * without fresh accepted passing evidence keeps it from satisfied).</li>
 * <li>Carried: a requirement of the other framework linked to this one passes on its own direct
 * status in full through an {@code equal} or {@code superset_of} link (it covers all of this one), and
 * at most {@code partial} through {@code subset_of} or {@code intersects_with} (a path with one partial
 * hop is partial). Links weaker than the strength threshold carry nothing; carrying is one hop.</li>
 * <li>Several links: the best carried status counts (each full link alone covers the requirement);
 * the requirement's status is the better of its direct and carried status, and the reason says which.</li>
 * </ol>
 */
public final class CoverageRules {
    private final Map<UUID, ControlState> controls;
    private final int minStrength;

    public CoverageRules(Map<UUID, ControlState> controls, int minStrength) {
        this.controls = controls;
        this.minStrength = minStrength;
    }

    /** Status from the requirement's own mapped controls; null when it has none. */
    public CoverageStatus direct(Set<UUID> mapped) {
        if (mapped == null || mapped.isEmpty()) {
            return null;
        }
        long operating = mapped.stream().filter(id -> state(id).operates()).count();
        if (operating == mapped.size()) {
            return CoverageStatus.satisfied;
        }
        return operating > 0 ? CoverageStatus.partial : CoverageStatus.gap;
    }

    /**
     * @param directMapped  controls mapped to this requirement
     * @param links         effective links reaching it from the other framework
     * @param otherMapped   controls mapped to each requirement of the other framework
     */
    public RequirementCoverage assess(String ref, String group, Set<UUID> directMapped, List<OrientedLink> links,
                                      Map<String, Set<UUID>> otherMapped) {
        return assess(ref, group, directMapped, links, otherMapped, null);
    }

    /**
     * As above; {@code noCounterpart} is the crosswalk's reason when it declares the requirement without
     * counterpart in the other framework: reached by nothing, such a requirement is {@code no_counterpart}.
     */
    public RequirementCoverage assess(String ref, String group, Set<UUID> directMapped, List<OrientedLink> links,
                                      Map<String, Set<UUID>> otherMapped, String noCounterpart) {
        CoverageStatus direct = direct(directMapped);
        CoverageStatus carried = null;
        List<RequirementCoverage.Via> via = new ArrayList<>();
        Set<UUID> contributing = new LinkedHashSet<>(directMapped == null ? Set.of() : directMapped);
        for (OrientedLink link : links) {
            CoverageStatus other = direct(otherMapped.get(link.fromRef()));
            if (other == null || link.strength() < minStrength || link.relationship() == Relationship.no_relationship) {
                continue;
            }
            CoverageStatus passed = Relationship.SOURCE_COVERS_TARGET.contains(link.relationship()) ? other
                    : (other == CoverageStatus.gap ? CoverageStatus.gap : CoverageStatus.partial);
            via.add(new RequirementCoverage.Via(link.fromRef(), link.relationship().name(), link.strength(), passed));
            carried = CoverageStatus.best(carried, passed);
            contributing.addAll(otherMapped.get(link.fromRef()));
        }
        CoverageStatus status = CoverageStatus.best(direct, carried);
        boolean nothingReachesIt = status == null;
        if (nothingReachesIt) {
            status = noCounterpart != null ? CoverageStatus.no_counterpart : CoverageStatus.gap;
        }
        List<String> controlRefs = contributing.stream().map(id -> state(id).refCode()).distinct().toList();
        List<UUID> evidence = contributing.stream().flatMap(id -> state(id).evidence().stream()).distinct().toList();
        long evidenceCount = contributing.stream().mapToLong(id -> state(id).evidenceCount()).sum();
        String reason = nothingReachesIt && noCounterpart != null
                ? "no counterpart in the other framework (" + noCounterpart + "); map a control of your own to it"
                : reason(directMapped, direct, carried, via);
        return new RequirementCoverage(ref, group, status, reason, controlRefs, evidence, evidenceCount, via);
    }

    private String reason(Set<UUID> mapped, CoverageStatus direct, CoverageStatus carried,
                          List<RequirementCoverage.Via> via) {
        List<String> parts = new ArrayList<>();
        if (direct != null) {
            long operating = mapped.stream().filter(id -> state(id).operates()).count();
            parts.add(operating + " of " + mapped.size() + " mapped control(s) have fresh accepted passing evidence");
        } else {
            parts.add("no control is mapped to it directly");
        }
        if (carried != null) {
            parts.add("best carried over: " + carried + " through " + via.size() + " crosswalk link(s)");
        } else if (direct == null) {
            parts.add("no linked requirement of the other framework has mapped controls");
        }
        return String.join("; ", parts);
    }

    private ControlState state(UUID id) {
        ControlState state = controls.get(id);
        return state != null ? state
                : new ControlState(id, id.toString(), ControlState.Operation.unevidenced, List.of(), 0);
    }
}
