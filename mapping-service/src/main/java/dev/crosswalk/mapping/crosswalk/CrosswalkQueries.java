package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.MappingConfig;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Coverage;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.CrosswalkSummary;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Delta;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.DeltaItem;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.DeltaSummary;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.GroupCoverage;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.LinkView;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementLinks;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Statistics;
import dev.crosswalk.support.paging.FilterQuery;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side of the shared crosswalks: links of a requirement, filtered lists, statistics and deltas. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrosswalkQueries {
    @Inject
    MappingConfig config;

    public List<CrosswalkSummary> crosswalks() {
        return Crosswalk.<Crosswalk>listAll().stream()
                .sorted((a, b) -> a.id.compareTo(b.id))
                .map(c -> new CrosswalkSummary(c.id, c.version, c.sourceFramework, c.targetFramework, c.provenance,
                        CrosswalkLink.count("crosswalkId", c.id), UnmappedRequirement.count("crosswalkId", c.id)))
                .toList();
    }

    public Crosswalk require(String id) {
        Crosswalk crosswalk = Crosswalk.findById(id);
        if (crosswalk == null) {
            throw ProblemException.notFound("Crosswalk", id);
        }
        return crosswalk;
    }

    /** Every link of a requirement in every crosswalk it takes part in, read from its side. */
    public RequirementLinks linksOf(String framework, String ref) {
        List<Crosswalk> crosswalks = Crosswalk.list("sourceFramework = ?1 or targetFramework = ?1", framework);
        if (crosswalks.isEmpty()) {
            throw ProblemException.notFound("Framework in any crosswalk", framework);
        }
        List<LinkView> links = new ArrayList<>();
        String reason = null;
        for (Crosswalk crosswalk : crosswalks) {
            boolean isSource = crosswalk.sourceFramework.equals(framework);
            List<CrosswalkLink> rows = CrosswalkLink.list("crosswalkId = ?1 and " + (isSource ? "sourceRef" : "targetRef")
                    + " = ?2 order by strength desc, id", crosswalk.id, ref);
            rows.forEach(link -> links.add(isSource ? forward(crosswalk, link) : backward(crosswalk, link)));
            UnmappedRequirement unmapped = UnmappedRequirement.<UnmappedRequirement>find(
                    "crosswalkId = ?1 and framework = ?2 and ref = ?3", crosswalk.id, framework, ref).firstResult();
            if (unmapped != null) {
                reason = unmapped.reason;
            }
        }
        return new RequirementLinks(new RequirementId(framework, ref), RequirementGroups.of(framework, ref), links, reason);
    }

    public PageResponse<LinkView> links(String crosswalkId, LinkFilter filter, PageRequest page) {
        Crosswalk crosswalk = require(crosswalkId);
        FilterQuery query = new FilterQuery()
                .equal("crosswalkId", crosswalkId)
                .equal("sourceRef", filter.sourceRef())
                .equal("targetRef", filter.targetRef())
                .equal("relationship", filter.relationship())
                .where("strength >= {}", filter.minStrength());
        PanacheQuery<CrosswalkLink> rows = CrosswalkLink.find(query.orderedBy("id"), query.parameters());
        List<CrosswalkLink> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), link -> forward(crosswalk, link));
    }

    /** The requirements the crosswalk declares without counterpart, in load order. */
    public List<UnmappedRequirement> unmapped(String crosswalkId) {
        require(crosswalkId);
        return UnmappedRequirement.list("crosswalkId = ?1 order by id", crosswalkId);
    }

    public List<LinkView> allLinks(String crosswalkId) {
        Crosswalk crosswalk = require(crosswalkId);
        return CrosswalkLink.<CrosswalkLink>list("crosswalkId = ?1 order by id", crosswalkId).stream()
                .map(link -> forward(crosswalk, link)).toList();
    }

    /**
     * How much of each framework the other covers: a requirement is covered fully when some counting link
     * (at or above the strength threshold) carries it in full (the other side is equal or broader), partly when
     * it is only linked otherwise, not at all when no counting link reaches it. Clauses count (group
     * {@code clause}): they are the part of ISO 27001 a certificate is issued against.
     */
    public Statistics statistics(String crosswalkId) {
        Crosswalk crosswalk = require(crosswalkId);
        List<CrosswalkLink> all = CrosswalkLink.list("crosswalkId", crosswalkId);
        List<CrosswalkLink> links = all.stream().filter(l -> l.strength >= config.minStrength()).toList();
        List<UnmappedRequirement> unmapped = UnmappedRequirement.list("crosswalkId", crosswalkId);
        Coverage target = coverage(crosswalk.targetFramework, crosswalk.sourceFramework,
                known(crosswalk.targetFramework, all, (CrosswalkLink l) -> l.targetRef, unmapped),
                links, (CrosswalkLink l) -> l.targetRef, Relationship.SOURCE_COVERS_TARGET);
        Coverage source = coverage(crosswalk.sourceFramework, crosswalk.targetFramework,
                known(crosswalk.sourceFramework, all, (CrosswalkLink l) -> l.sourceRef, unmapped),
                links, (CrosswalkLink l) -> l.sourceRef, Relationship.TARGET_COVERS_SOURCE);
        Map<Relationship, Long> byRelationship = all.stream()
                .collect(Collectors.groupingBy(l -> l.relationship, () -> new java.util.EnumMap<>(Relationship.class),
                        Collectors.counting()));
        return new Statistics(crosswalkId, "fully: covered by an equal link or one whose other side is broader; "
                + "partly: linked only by subset/superset/intersects links that leave part of it uncovered; links below"
                + " strength " + config.minStrength() + " carry nothing", List.of(target, source), all.size(), byRelationship);
    }

    /** Requirements of {@code framework} that a holder of the other framework still has to address. */
    public Delta delta(String crosswalkId, String framework) {
        Crosswalk crosswalk = require(crosswalkId);
        boolean isTarget = crosswalk.targetFramework.equals(framework);
        if (!isTarget && !crosswalk.sourceFramework.equals(framework)) {
            throw ProblemException.notFound("Framework of crosswalk " + crosswalkId, framework);
        }
        List<CrosswalkLink> all = CrosswalkLink.list("crosswalkId", crosswalkId);
        List<CrosswalkLink> counting = all.stream().filter(l -> l.strength >= config.minStrength()).toList();
        List<UnmappedRequirement> unmapped = UnmappedRequirement.list("crosswalkId", crosswalkId);
        Function<CrosswalkLink, String> side = isTarget ? (CrosswalkLink l) -> l.targetRef : (CrosswalkLink l) -> l.sourceRef;
        Set<Relationship> full = isTarget ? Relationship.SOURCE_COVERS_TARGET : Relationship.TARGET_COVERS_SOURCE;
        Map<String, List<CrosswalkLink>> byRef = counting.stream().collect(Collectors.groupingBy(side));
        Map<String, String> reasons = unmapped.stream().filter(u -> u.framework.equals(framework))
                .collect(Collectors.toMap(u -> u.ref, u -> u.reason, (a, b) -> a));
        List<DeltaItem> none = new ArrayList<>();
        List<DeltaItem> partial = new ArrayList<>();
        Set<String> refs = known(framework, all, side, unmapped);
        for (String ref : refs) {
            List<CrosswalkLink> own = byRef.getOrDefault(ref, List.of());
            String group = RequirementGroups.of(framework, ref);
            if (own.isEmpty()) {
                none.add(new DeltaItem(ref, group, reasons.getOrDefault(ref,
                        "only links below the counting threshold, or none"), List.of(), List.of()));
            } else if (own.stream().noneMatch(l -> full.contains(l.relationship))) {
                List<LinkView> views = own.stream()
                        .map(l -> isTarget ? backward(crosswalk, l) : forward(crosswalk, l)).toList();
                // a residual says what the target asks beyond the source: it answers a holder of the source only
                List<String> missing = isTarget ? own.stream().filter(l -> l.residual != null)
                        .map(l -> l.sourceRef + ": " + l.residual).toList() : List.of();
                partial.add(new DeltaItem(ref, group, null, views, missing));
            }
        }
        String holding = isTarget ? crosswalk.sourceFramework : crosswalk.targetFramework;
        return new Delta(framework, holding, crosswalk.version, new DeltaSummary(refs.size(), none.size(),
                partial.size(), refs.size() - none.size() - partial.size()), none, partial);
    }

    /** Every requirement of the framework the crosswalk knows, clauses included (a certificate needs them all). */
    private static Set<String> known(String framework, List<CrosswalkLink> links,
                                             Function<CrosswalkLink, String> side, List<UnmappedRequirement> unmapped) {
        Set<String> refs = new TreeSet<>(RefOrder.COMPARATOR);
        links.stream().map(side).forEach(refs::add);
        unmapped.stream().filter(u -> u.framework.equals(framework)).forEach(u -> refs.add(u.ref));
        return refs;
    }

    private static Coverage coverage(String framework, String coveredBy, Set<String> refs, List<CrosswalkLink> links,
                                     Function<CrosswalkLink, String> side, Set<Relationship> full) {
        Map<String, List<CrosswalkLink>> byRef = links.stream().collect(Collectors.groupingBy(side));
        Map<String, int[]> groups = new TreeMap<>();
        int fully = 0;
        int partly = 0;
        for (String ref : refs) {
            List<CrosswalkLink> own = byRef.getOrDefault(ref, List.of());
            int[] counts = groups.computeIfAbsent(RequirementGroups.of(framework, ref), g -> new int[4]);
            counts[0]++;
            if (own.stream().anyMatch(l -> full.contains(l.relationship))) {
                fully++;
                counts[1]++;
            } else if (!own.isEmpty()) {
                partly++;
                counts[2]++;
            } else {
                counts[3]++;
            }
        }
        int total = refs.size();
        List<GroupCoverage> byGroup = groups.entrySet().stream()
                .map(e -> new GroupCoverage(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new Coverage(framework, coveredBy, total, fully, partly, total - fully - partly,
                percent(fully, total), percent(fully + partly, total), byGroup);
    }

    private static double percent(int part, int total) {
        return total == 0 ? 0 : Math.round(1000.0 * part / total) / 10.0;
    }

    static LinkView forward(Crosswalk crosswalk, CrosswalkLink link) {
        return new LinkView(crosswalk.id, new RequirementId(crosswalk.sourceFramework, link.sourceRef),
                new RequirementId(crosswalk.targetFramework, link.targetRef), link.relationship, link.strength,
                link.rationale, link.residual, link.change);
    }

    static LinkView backward(Crosswalk crosswalk, CrosswalkLink link) {
        return new LinkView(crosswalk.id, new RequirementId(crosswalk.targetFramework, link.targetRef),
                new RequirementId(crosswalk.sourceFramework, link.sourceRef), link.relationship.inverse(), link.strength,
                link.rationale, link.residual, link.change);
    }
}
