package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.MappingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The requirements mapping-service knows, per framework: every ref the catalogue published
 * ({@code framework.published}, kept by RequirementTitles) and every ref the loaded crosswalks name (linked or
 * listed as without counterpart). For ISO 27001:2022 and SOC 2 that is every clause, Annex A control and
 * criterion either way (the crosswalk's data test holds it); an imported framework has all of its own. The crosswalks change only when they are loaded at
 * start, so the set is read once after loading ({@link #refresh()}) instead of on every coverage request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequirementUniverse {
    @Inject
    MappingConfig config;

    @Inject
    EntityManager entityManager;

    private volatile Map<String, Set<String>> cached;
    private volatile Map<String, Map<String, String>> noCounterpart;

    public Map<String, Set<String>> all() {
        Map<String, Set<String>> known = cached;
        return known != null ? known : read();
    }

    /** Reads the set again: once the crosswalks are in place, and when the catalogue publishes a framework. */
    public void refresh() {
        cached = read();
        noCounterpart = readNoCounterpart();
    }

    /**
     * The requirements of {@code framework} that the coverage crosswalk (ISO 27001:2022 <-> SOC 2) declares without
     * counterpart in the other framework, with the reason (e.g. SOC 2 consent criteria, which ISO 27001 leaves to
     * ISO/IEC 27701). The transition map's declarations (controls new in 2022) say nothing about SOC 2.
     */
    public Map<String, String> noCounterpart(String framework) {
        Map<String, Map<String, String>> declared = noCounterpart;
        if (declared == null) {
            declared = readNoCounterpart();
        }
        return declared.getOrDefault(framework, Map.of());
    }

    private Map<String, Map<String, String>> readNoCounterpart() {
        Map<String, Map<String, String>> declared = new TreeMap<>();
        for (UnmappedRequirement unmapped : UnmappedRequirement.<UnmappedRequirement>list("crosswalkId",
                config.coverageCrosswalk())) {
            declared.computeIfAbsent(unmapped.framework, f -> new TreeMap<>()).putIfAbsent(unmapped.ref, unmapped.reason);
        }
        return java.util.Collections.unmodifiableMap(declared);
    }

    private Map<String, Set<String>> read() {
        Map<String, Set<String>> universe = new TreeMap<>();
        for (Crosswalk crosswalk : Crosswalk.<Crosswalk>listAll()) {
            Set<String> sources = universe.computeIfAbsent(crosswalk.sourceFramework, f -> new TreeSet<>(RefOrder.COMPARATOR));
            Set<String> targets = universe.computeIfAbsent(crosswalk.targetFramework, f -> new TreeSet<>(RefOrder.COMPARATOR));
            for (CrosswalkLink link : CrosswalkLink.<CrosswalkLink>list("crosswalkId", crosswalk.id)) {
                sources.add(link.sourceRef);
                targets.add(link.targetRef);
            }
            for (UnmappedRequirement unmapped : UnmappedRequirement.<UnmappedRequirement>list("crosswalkId", crosswalk.id)) {
                universe.computeIfAbsent(unmapped.framework, f -> new TreeSet<>(RefOrder.COMPARATOR)).add(unmapped.ref);
            }
        }
        // and every requirement the catalogue published (framework.published), linked or not
        @SuppressWarnings("unchecked")
        List<Object[]> published = entityManager.createNativeQuery("select framework, ref from known_requirement")
                .getResultList();
        for (Object[] row : published) {
            universe.computeIfAbsent((String) row[0], f -> new TreeSet<>(RefOrder.COMPARATOR)).add((String) row[1]);
        }
        return java.util.Collections.unmodifiableMap(universe);
    }

    public Set<String> of(String framework) {
        Set<String> refs = all().get(framework);
        return refs == null ? Set.of() : refs;
    }
}
