package dev.crosswalk.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.mapping.crosswalk.CrosswalkDocument;
import dev.crosswalk.mapping.crosswalk.Relationship;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped crosswalk data meets the product's rules: complete, well-typed, every link explained. */
class CrosswalkDataTest {
    /** The strength from which a link counts in coverage (docs/crosswalk-method.md, mapping.min-strength). */
    private static final int COUNTS = 4;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private CrosswalkDocument load(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("crosswalk/" + name)) {
            return json.readValue(in, CrosswalkDocument.class);
        }
    }

    @Test
    void isoToTscReachesEveryClauseControlAndCriterionWithACountingLinkOrDeclaresNoCounterpart() throws Exception {
        CrosswalkDocument doc = load("iso27001-2022_soc2-tsc-2017.json");
        assertEquals("iso27001:2022", doc.source());
        assertEquals("soc2-tsc:2017", doc.target());
        Set<String> iso = new TreeSet<>(StandardIds.iso2022AnnexA());
        iso.addAll(StandardIds.iso2022Clauses());
        Set<String> criteria = StandardIds.tsc2017();
        assertEquals(93 + 34, iso.size());
        assertEquals(61, criteria.size());
        checkLinks(doc, iso::contains, criteria::contains);
        Set<String> unreachedIso = new TreeSet<>(iso);
        Set<String> unreachedTsc = new TreeSet<>(criteria);
        doc.links().stream().filter(l -> l.strength() >= COUNTS).forEach(l -> {
            unreachedIso.remove(l.source());
            unreachedTsc.remove(l.target());
        });
        Set<String> declaredIso = new TreeSet<>();
        Set<String> declaredTsc = new TreeSet<>();
        doc.noCounterpart().forEach(u -> {
            assertFalse(u.reason() == null || u.reason().isBlank(), u.ref() + " needs a reason");
            assertTrue((u.framework().equals("iso27001:2022") ? declaredIso : declaredTsc).add(u.ref()), u.ref() + " twice");
        });
        assertTrue(iso.containsAll(declaredIso) && criteria.containsAll(declaredTsc), "declared ids are real");
        Set<String> contradicted = new TreeSet<>(declaredIso);
        contradicted.retainAll(difference(iso, unreachedIso));
        Set<String> contradictedTsc = new TreeSet<>(declaredTsc);
        contradictedTsc.retainAll(difference(criteria, unreachedTsc));
        assertEquals(Set.of(), contradicted, "ISO requirements declared without counterpart yet linked");
        assertEquals(Set.of(), contradictedTsc, "criteria declared without counterpart yet linked");
        assertEquals(declaredIso, unreachedIso, "ISO requirements neither reached by a counting link nor declared");
        assertEquals(declaredTsc, unreachedTsc, "criteria neither reached by a counting link nor declared");
    }

    @Test
    void everyIsoToTscLinkFollowsTheWrittenMethod() throws Exception {
        for (CrosswalkDocument.Link link : load("iso27001-2022_soc2-tsc-2017.json").links()) {
            String pair = link.source() + " > " + link.target();
            assertTrue(link.strength() >= COUNTS, pair + ": links below " + COUNTS + " carry nothing and are not shipped");
            boolean partial = link.relationship() == Relationship.subset_of || link.relationship() == Relationship.intersects_with;
            boolean hasResidual = link.residual() != null && !link.residual().isBlank();
            assertEquals(partial, hasResidual, pair + ": a partial link states its residual, a full one has none");
            assertTrue(!hasResidual || link.residual().length() <= 500, pair + ": residual at most 500 characters");
            assertTrue(link.relationship() != Relationship.equal || link.strength() == 10, pair + ": equal is strength 10");
            assertTrue(link.strength() < 10 || !partial, pair + ": 10 means nothing of the criterion is left over");
            assertTrue(link.relationship() != Relationship.superset_of || link.strength() >= 7,
                    pair + ": superset_of gives all the criterion asks, so at least 7");
        }
    }

    @Test
    void pairsThatPublicMappingsAgreeOnAndThisOneLeavesOutSayWhy() throws Exception {
        CrosswalkDocument doc = load("iso27001-2022_soc2-tsc-2017.json");
        Set<String> linked = new HashSet<>();
        doc.links().forEach(l -> linked.add(l.source() + " > " + l.target()));
        assertFalse(doc.omitted().isEmpty());
        for (CrosswalkDocument.Omitted omitted : doc.omitted()) {
            String pair = omitted.source() + " > " + omitted.target();
            assertFalse(linked.contains(pair), pair + " is listed as omitted but linked");
            assertTrue(omitted.reason() != null && omitted.reason().length() >= 40, pair + " needs a reason a reviewer can check");
        }
    }

    @Test
    void theTransitionMapFollowsTheOfficialCorrespondenceWhereVersionOneDidNot() throws Exception {
        CrosswalkDocument doc = load("iso27001-2013_iso27001-2022.json");
        java.util.Map<String, CrosswalkDocument.Link> pairs = new java.util.HashMap<>();
        doc.links().forEach(l -> pairs.put(l.source() + " > " + l.target(), l));
        assertFalse(pairs.containsKey("A.14.1.1 > A.8.26"), "A.14.1.1 merges into A.5.8 only");
        assertEquals("merged", pairs.get("A.14.1.1 > A.5.8").change());
        // the 2022 controls are wider than the 2013 ones they continue: not equal
        assertEquals(Relationship.subset_of, pairs.get("A.9.4.2 > A.8.5").relationship());
        assertEquals(Relationship.subset_of, pairs.get("A.14.2.1 > A.8.25").relationship());
    }

    private static Set<String> difference(Set<String> all, Set<String> minus) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(minus);
        return rest;
    }

    @Test
    void transitionMapCarriesEvery2013ControlAndExplainsTheNewOnes() throws Exception {
        CrosswalkDocument doc = load("iso27001-2013_iso27001-2022.json");
        Set<String> old = StandardIds.iso2013AnnexA();
        Set<String> current = StandardIds.iso2022AnnexA();
        assertEquals(114, old.size());
        checkLinks(doc, old::contains, current::contains);
        Set<String> missingOld = new TreeSet<>(old);
        Set<String> missingNew = new TreeSet<>(current);
        doc.links().forEach(l -> {
            missingOld.remove(l.source());
            missingNew.remove(l.target());
            assertTrue(Set.of("unchanged", "renamed", "merged", "split").contains(l.change()), l + " change");
        });
        assertEquals(Set.of(), missingOld, "2013 controls missing from the transition map");
        doc.noCounterpart().forEach(u -> missingNew.remove(u.ref()));
        assertEquals(Set.of(), missingNew, "2022 controls neither reached from 2013 nor explained as new");
        doc.noCounterpart().forEach(u -> assertTrue(StandardIds.NEW_IN_2022.contains(u.ref()), u.ref() + " is not new in 2022"));
    }

    private static void checkLinks(CrosswalkDocument doc, java.util.function.Predicate<String> validSource,
                                   java.util.function.Predicate<String> validTarget) {
        Set<String> pairs = new HashSet<>();
        for (CrosswalkDocument.Link link : doc.links()) {
            assertTrue(validSource.test(link.source()), "unknown source " + link.source());
            assertTrue(validTarget.test(link.target()), "unknown target " + link.target());
            assertTrue(pairs.add(link.source() + ">" + link.target()), "duplicate " + link.source() + ">" + link.target());
            assertTrue(link.relationship() != null && link.relationship() != Relationship.no_relationship,
                    link.source() + ">" + link.target() + " relationship");
            assertTrue(link.strength() >= 1 && link.strength() <= 10, link.source() + ">" + link.target() + " strength");
            assertTrue(link.rationale() != null && !link.rationale().isBlank() && link.rationale().length() <= 500,
                    link.source() + ">" + link.target() + " rationale");
        }
    }
}
