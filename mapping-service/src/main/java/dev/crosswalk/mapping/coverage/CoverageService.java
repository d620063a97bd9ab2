package dev.crosswalk.mapping.coverage;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.mapping.MappingConfig;
import dev.crosswalk.mapping.controls.ControlMapping;
import dev.crosswalk.mapping.coverage.CoverageViews.EvidenceReach;
import dev.crosswalk.mapping.coverage.CoverageViews.FrameworkCoverage;
import dev.crosswalk.mapping.coverage.CoverageViews.Gap;
import dev.crosswalk.mapping.coverage.CoverageViews.Gaps;
import dev.crosswalk.mapping.coverage.CoverageViews.PartSummary;
import dev.crosswalk.mapping.coverage.CoverageViews.Satisfies;
import dev.crosswalk.mapping.coverage.CoverageViews.Summary;
import dev.crosswalk.mapping.crosswalk.Crosswalk;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import dev.crosswalk.mapping.crosswalk.EffectiveCrosswalk;
import dev.crosswalk.mapping.crosswalk.EffectiveLink;
import dev.crosswalk.mapping.crosswalk.RequirementGroups;
import dev.crosswalk.mapping.crosswalk.RequirementUniverse;
import dev.crosswalk.mapping.isms.IsmsDecisions;
import dev.crosswalk.rules.EvidenceCounting;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.persistence.SqlValues;
import dev.crosswalk.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Coverage of ISO 27001:2022 and SOC 2 for a tenant, computed on request from the tenant's control
 * mappings, the evidence projection (fed only by evidence.events) and the tenant's effective crosswalk,
 * by {@link CoverageRules}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {
    /** The framework whose Annex A the Statement of Applicability decides. */
    static final String ISO_2022 = "iso27001:2022";
    static final String SOC2 = "soc2-tsc:2017";
    private static final List<String> PART_ORDER = List.of("clauses", "annex_a", "security", "availability",
            "confidentiality", "processing_integrity", "privacy");

    @Inject
    MappingConfig config;

    @Inject
    IsmsDecisions isms;

    @Inject
    ControlStates controlStates;

    @Inject
    EffectiveCrosswalk effective;

    @Inject
    RequirementUniverse universe;

    @Inject
    ControlDirectory directory;

    @Inject
    EntityManager entityManager;

    /**
     * What coverage of a tenant reads from the database, loaded once and shared by both frameworks;
     * {@code excluded}: the Annex A controls the tenant's current SoA excludes, with why; {@code soc2Scope}: the TSC
     * categories its SOC 2 report covers (null: it has not chosen, all are in).
     */
    private record TenantData(Crosswalk crosswalk, List<EffectiveLink> links, ControlStates.TenantStates states,
                              Map<String, Map<String, Set<UUID>>> mappedByFramework, Map<String, String> excluded,
                              Set<String> soc2Scope) {
    }

    /** Everything one assessment of one framework needs, derived from {@link TenantData}. */
    private record Inputs(String framework, String other, CoverageRules rules, Map<String, Set<UUID>> mapped,
                          Map<String, Set<UUID>> otherMapped, Map<String, List<OrientedLink>> linksTo,
                          Map<String, List<OrientedLink>> linksFrom, Map<String, String> excluded) {
    }

    /** The framework a coverage request names; absent is a 400 problem. */
    public static String requiredFramework(String framework) {
        if (framework == null || framework.isBlank()) {
            throw new ProblemException(dev.crosswalk.support.problem.ProblemType.BAD_PARAMETER,
                    "Query parameter 'framework' is required",
                    List.of(new dev.crosswalk.support.problem.Problem.FieldError("framework",
                            "must be iso27001:2022 or soc2-tsc:2017")));
        }
        return framework.strip();
    }

    public FrameworkCoverage coverage(String tenantId, String framework) {
        return coverage(inputs(load(tenantId), framework));
    }

    /** Coverage of both frameworks of the coverage crosswalk, from one read of the tenant's data. */
    public List<FrameworkCoverage> coverageOfBoth(String tenantId) {
        TenantData data = load(tenantId);
        return List.of(coverage(inputs(data, data.crosswalk().sourceFramework)),
                coverage(inputs(data, data.crosswalk().targetFramework)));
    }

    private FrameworkCoverage coverage(Inputs in) {
        List<RequirementCoverage> requirements = assessAll(in);
        Map<String, List<RequirementCoverage>> byPart = new java.util.LinkedHashMap<>();
        for (RequirementCoverage requirement : requirements) {
            byPart.computeIfAbsent(part(in.framework(), requirement.group()), p -> new ArrayList<>()).add(requirement);
        }
        List<PartSummary> parts = byPart.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> partOrder(e.getKey())))
                .map(e -> new PartSummary(e.getKey(), Summary.of(e.getValue()))).toList();
        return new FrameworkCoverage(in.framework(), CoverageRules.class.getSimpleName() + " (see README): direct "
                + "mapped controls with fresh accepted passing evidence, or carried over the crosswalk from " + in.other()
                + "; an Annex A control the Statement of Applicability excludes is not_applicable",
                Summary.of(requirements), parts, requirements);
    }

    /** The criteria of the categories the tenant left out of its SOC 2 report, each with why. */
    private Map<String, String> outOfScope(Set<String> scope) {
        Map<String, String> out = new HashMap<>();
        for (String ref : universe.of(SOC2)) {
            String category = RequirementGroups.of(SOC2, ref);
            if (!scope.contains(category)) {
                out.put(ref, "the " + category + " category is not in the tenant's SOC 2 report");
            }
        }
        return out;
    }

    /** Parts in the standards' own order (AICPA lists the categories starting with security); others after them. */
    private static int partOrder(String part) {
        int known = PART_ORDER.indexOf(part);
        return known < 0 ? PART_ORDER.size() : known;
    }

    /** ISO 27001: the management-system clauses apart from Annex A; other frameworks by their own groups. */
    private static String part(String framework, String group) {
        if (!framework.equals(ISO_2022)) {
            return group;
        }
        return group.equals("clause") ? "clauses" : "annex_a";
    }

    private List<RequirementCoverage> assessAll(Inputs in) {
        List<RequirementCoverage> requirements = new ArrayList<>();
        Map<String, String> noCounterpart = universe.noCounterpart(in.framework());
        for (String ref : universe.of(in.framework())) {
            RequirementCoverage assessed = in.rules().assess(ref, RequirementGroups.of(in.framework(), ref),
                    in.mapped().get(ref), in.linksTo().getOrDefault(ref, List.of()), in.otherMapped(), noCounterpart.get(ref));
            String why = in.excluded().get(ref);
            requirements.add(why == null ? assessed : assessed.notApplicable(why));
        }
        return requirements;
    }

    /** Requirements not yet satisfied, those one fix would close or narrow the most first. */
    public Gaps gaps(String tenantId, String framework) {
        TenantData data = load(tenantId);
        Inputs in = inputs(data, framework);
        Map<String, CoverageStatus> otherStatus = new HashMap<>();
        assessAll(inputs(data, in.other())).forEach(r -> otherStatus.put(r.ref(), r.status()));
        List<Gap> gaps = new ArrayList<>();
        for (RequirementCoverage coverage : assessAll(in)) {
            if (coverage.status() == CoverageStatus.satisfied || coverage.status() == CoverageStatus.not_applicable) {
                continue;
            }
            List<String> helps = in.linksFrom().getOrDefault(coverage.ref(), List.of()).stream()
                    .filter(l -> l.strength() >= config.minStrength())
                    .map(OrientedLink::toRef)
                    .filter(other -> otherStatus.get(other) == CoverageStatus.gap)
                    .distinct().sorted().toList();
            gaps.add(new Gap(coverage.ref(), coverage.group(), coverage.status(), 1 + helps.size(), helps,
                    coverage.reason()));
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.status() == CoverageStatus.partial ? 1 : 0)
                .thenComparing(Comparator.comparingInt(Gap::closes).reversed())
                .thenComparing(Gap::ref, dev.crosswalk.mapping.crosswalk.RefOrder.COMPARATOR));
        return new Gaps(framework, gaps);
    }

    /** What one evidence record counts for, in each framework, and through which control and link. */
    public EvidenceReach reach(String tenantId, String evidenceId) {
        UUID id = QueryParams.uuid(evidenceId).orElseThrow(() -> ProblemException.notFound("Evidence", evidenceId));
        @SuppressWarnings("unchecked")
        List<Object[]> state = entityManager.createNativeQuery("""
                        select result, review_status, expired, superseded, valid_until from evidence_state
                        where tenant_id = ?1 and evidence_id = ?2""")
                .setParameter(1, tenantId).setParameter(2, id).getResultList();
        if (state.isEmpty()) {
            throw ProblemException.notFound("Evidence", evidenceId);
        }
        Object[] s = state.getFirst();
        String why = EvidenceCounting.whyNotPassingNow(new EvidenceCounting.Facts(EvidenceResult.valueOf((String) s[0]),
                ReviewStatus.valueOf((String) s[1]), Boolean.TRUE.equals(s[2]), Boolean.TRUE.equals(s[3]),
                SqlValues.instant(s[4])), Instant.now()).orElse(null);
        @SuppressWarnings("unchecked")
        List<UUID> controlIds = entityManager.createNativeQuery(
                        "select control_id from evidence_state_control where tenant_id = ?1 and evidence_id = ?2")
                .setParameter(1, tenantId).setParameter(2, id).getResultList();
        Map<UUID, String> refs = directory.liveControlRefs(tenantId);
        List<Satisfies> reached = new ArrayList<>();
        Set<RequirementId> seen = new HashSet<>();
        Crosswalk crosswalk = coverageCrosswalk();
        List<EffectiveLink> links = effective.links(tenantId, crosswalk.id);
        for (UUID control : controlIds) {
            String controlRef = refs.getOrDefault(control, control.toString());
            for (ControlMapping m : ControlMapping.<ControlMapping>list("tenantId = ?1 and controlId = ?2", tenantId, control)) {
                RequirementId direct = new RequirementId(m.framework, m.requirementRef);
                if (seen.add(direct)) {
                    reached.add(new Satisfies(direct, controlRef, null, null, true));
                }
                for (EffectiveLink link : links) {
                    RequirementId other = null;
                    String relationship = null;
                    if (m.framework.equals(crosswalk.sourceFramework) && link.sourceRef().equals(m.requirementRef)) {
                        other = new RequirementId(crosswalk.targetFramework, link.targetRef());
                        relationship = link.relationship().name();
                    } else if (m.framework.equals(crosswalk.targetFramework) && link.targetRef().equals(m.requirementRef)) {
                        other = new RequirementId(crosswalk.sourceFramework, link.sourceRef());
                        relationship = link.relationship().inverse().name();
                    }
                    if (other != null && link.strength() >= config.minStrength() && seen.add(other)) {
                        reached.add(new Satisfies(other, controlRef, direct, relationship,
                                dev.crosswalk.mapping.crosswalk.Relationship.SOURCE_COVERS_TARGET.contains(dev.crosswalk.mapping.crosswalk.Relationship.valueOf(relationship))));
                    }
                }
            }
        }
        return new EvidenceReach(id, why == null, why == null ? "accepted, passing, fresh and current" : why, reached);
    }

    private TenantData load(String tenantId) {
        Crosswalk crosswalk = coverageCrosswalk();
        Map<String, Map<String, Set<UUID>>> mapped = new HashMap<>();
        for (ControlMapping m : ControlMapping.<ControlMapping>list("tenantId", tenantId)) {
            mapped.computeIfAbsent(m.framework, f -> new HashMap<>())
                    .computeIfAbsent(m.requirementRef, r -> new HashSet<>()).add(m.controlId);
        }
        Map<String, String> excluded = new HashMap<>();
        isms.decisions(tenantId).values().stream().filter(d -> !d.applicable())
                .forEach(d -> excluded.put(d.requirementRef(), "excluded in the Statement of Applicability"
                        + (d.justification() == null || d.justification().isBlank() ? "" : ": " + d.justification())));
        return new TenantData(crosswalk, effective.links(tenantId, crosswalk.id), controlStates.of(tenantId), mapped,
                excluded, isms.soc2Scope(tenantId).orElse(null));
    }

    private Inputs inputs(TenantData data, String framework) {
        Crosswalk crosswalk = data.crosswalk();
        boolean isTarget = crosswalk.targetFramework.equals(framework);
        if (!isTarget && !crosswalk.sourceFramework.equals(framework)) {
            throw ProblemException.notFound("Framework with coverage", framework);
        }
        String other = isTarget ? crosswalk.sourceFramework : crosswalk.targetFramework;
        Map<String, List<OrientedLink>> linksTo = new HashMap<>();
        Map<String, List<OrientedLink>> linksFrom = new HashMap<>();
        for (EffectiveLink link : data.links()) {
            OrientedLink towardsThis = isTarget
                    ? new OrientedLink(link.sourceRef(), link.targetRef(), link.relationship(), link.strength())
                    : new OrientedLink(link.targetRef(), link.sourceRef(), link.relationship().inverse(), link.strength());
            linksTo.computeIfAbsent(towardsThis.toRef(), r -> new ArrayList<>()).add(towardsThis);
            OrientedLink fromThis = new OrientedLink(towardsThis.toRef(), towardsThis.fromRef(),
                    towardsThis.relationship().inverse(), link.strength());
            linksFrom.computeIfAbsent(fromThis.fromRef(), r -> new ArrayList<>()).add(fromThis);
        }
        CoverageRules rules = new CoverageRules(data.states().controls(), config.minStrength(),
                data.states().shared());
        // the SoA decides for ISO 27001:2022's Annex A; the report's scope for the TSC categories
        Map<String, String> excluded = framework.equals(ISO_2022) ? data.excluded()
                : framework.equals(SOC2) && data.soc2Scope() != null ? outOfScope(data.soc2Scope()) : Map.of();
        return new Inputs(framework, other, rules, data.mappedByFramework().getOrDefault(framework, Map.of()),
                data.mappedByFramework().getOrDefault(other, Map.of()), linksTo, linksFrom, excluded);
    }

    private Crosswalk coverageCrosswalk() {
        Crosswalk crosswalk = Crosswalk.findById(config.coverageCrosswalk());
        if (crosswalk == null) {
            throw new IllegalStateException("Coverage crosswalk " + config.coverageCrosswalk() + " is not loaded");
        }
        return crosswalk;
    }
}
