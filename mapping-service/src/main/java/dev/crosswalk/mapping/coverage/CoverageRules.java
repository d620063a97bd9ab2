package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.crosswalk.Relationship;
import dev.crosswalk.mapping.projection.SharedRecords;
import java.time.Instant;
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
 * <li>Evidence: the records of the contributing operating controls, each counted once per requirement; the
 * status holds until the first expiry of a deciding record after which these rules give a worse status.</li>
 * </ol>
 * Applicability (the SoA, the SOC 2 scope) is applied by {@link CoverageService} on top: an excluded
 * requirement is not_applicable whatever these rules give.
 */
public final class CoverageRules {
    private final Map<UUID, ControlState> controls;
    private final int minStrength;
    private final SharedRecords shared;
    /** The instant the rules judge at; null: now, as the states say. Later: controls whose evidence expired by then stop. */
    private final Instant at;

    public CoverageRules(Map<UUID, ControlState> controls, int minStrength) {
        this(controls, minStrength, SharedRecords.NONE, null);
    }

    /**
     * @param shared each control's passing records that are linked to other controls too
     *               ({@link ControlEvidenceSummaries#sharedPassing}): a requirement counts them once
     */
    public CoverageRules(Map<UUID, ControlState> controls, int minStrength, SharedRecords shared) {
        this(controls, minStrength, shared, null);
    }

    private CoverageRules(Map<UUID, ControlState> controls, int minStrength, SharedRecords shared, Instant at) {
        this.controls = controls;
        this.minStrength = minStrength;
        this.shared = shared;
        this.at = at;
    }

    /** Status from the requirement's own mapped controls; null when it has none. */
    public CoverageStatus direct(Set<UUID> mapped) {
        if (mapped == null || mapped.isEmpty()) {
            return null;
        }
        long operating = mapped.stream().filter(this::operates).count();
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

    /** What the direct controls and the links give a requirement; {@code status} null when nothing reaches it. */
    private record Judgement(CoverageStatus direct, CoverageStatus carried, CoverageStatus status,
                             List<RequirementCoverage.Via> via, Set<UUID> contributing) {
    }

    private Judgement judge(Set<UUID> directMapped, List<OrientedLink> links, Map<String, Set<UUID>> otherMapped) {
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
        return new Judgement(direct, carried, CoverageStatus.best(direct, carried), via, contributing);
    }

    /**
     * As above; {@code noCounterpart} is the crosswalk's reason when it declares the requirement without
     * counterpart in the other framework: reached by nothing, such a requirement is {@code no_counterpart}.
     */
    public RequirementCoverage assess(String ref, String group, Set<UUID> directMapped, List<OrientedLink> links,
                                      Map<String, Set<UUID>> otherMapped, String noCounterpart) {
        Judgement judgement = judge(directMapped, links, otherMapped);
        CoverageStatus status = judgement.status();
        boolean nothingReachesIt = status == null;
        if (nothingReachesIt) {
            status = noCounterpart != null ? CoverageStatus.no_counterpart : CoverageStatus.gap;
        }
        Set<UUID> contributing = judgement.contributing();
        List<String> controlRefs = contributing.stream().map(id -> state(id).refCode()).distinct().sorted().toList();
        List<UUID> evidence = contributing.stream().flatMap(id -> state(id).evidence().stream()).distinct().toList();
        String reason = nothingReachesIt && noCounterpart != null
                ? "no counterpart in the other framework (" + noCounterpart + "); map a control of your own to it"
                : reason(directMapped, judgement.direct(), judgement.carried(), judgement.via());
        return new RequirementCoverage(ref, group, status, reason, controlRefs, evidence, evidenceCount(contributing),
                holdsUntil(status, contributing, directMapped, links, otherMapped), judgement.via());
    }

    /**
     * The records behind a requirement, each counted once however many of its contributing controls it is linked
     * to: the operating controls' counts, less the second and later links of every record they share.
     */
    private long evidenceCount(Set<UUID> contributing) {
        List<UUID> operating = contributing.stream().filter(id -> state(id).operates()).toList();
        return operating.stream().mapToLong(id -> state(id).evidenceCount()).sum() - shared.doubleCounts(operating);
    }

    /**
     * The first instant at which the status drops if no new evidence arrives: the expiry of a deciding record
     * (a control's latest counting record) after which the same rules give a worse status. Null when the status
     * rests on no evidence (gap, no counterpart).
     */
    private Instant holdsUntil(CoverageStatus status, Set<UUID> contributing, Set<UUID> directMapped,
                               List<OrientedLink> links, Map<String, Set<UUID>> otherMapped) {
        if (status != CoverageStatus.satisfied && status != CoverageStatus.partial) {
            return null;
        }
        List<Instant> expiries = contributing.stream().map(this::state).filter(ControlState::operates)
                .map(ControlState::operatesUntil).filter(java.util.Objects::nonNull)
                .filter(t -> at == null || t.isAfter(at)).distinct().sorted().toList();
        // fewer controls operate as time goes on, and the rules only ever give less for fewer: the status is
        // monotone in time, so the first expiry it cannot do without is found by bisection
        int low = 0;
        int high = expiries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            CoverageStatus then = new CoverageRules(controls, minStrength, shared, expiries.get(middle))
                    .judge(directMapped, links, otherMapped).status();
            if (then == null || then.ordinal() < status.ordinal()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < expiries.size() ? expiries.get(low) : null;
    }

    private boolean operates(UUID id) {
        ControlState state = state(id);
        return state.operates() && (at == null || state.operatesUntil() == null || state.operatesUntil().isAfter(at));
    }

    private String reason(Set<UUID> mapped, CoverageStatus direct, CoverageStatus carried,
                          List<RequirementCoverage.Via> via) {
        List<String> parts = new ArrayList<>();
        if (direct != null) {
            long operating = mapped.stream().filter(this::operates).count();
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
                : new ControlState(id, id.toString(), ControlState.Operation.unevidenced, List.of(), 0, null);
    }
}
