package dev.crosswalk.mapping.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
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

    /**
     * ISO/IEC 27002:2022 Annex B (Table B.1), the official correspondence of each 2022 control to the 2013
     * control(s) it continues, as id pairs (facts; checked against four independent public reproductions of the
     * table, 2026-12). The eleven 2022 controls without predecessor are StandardIds.NEW_IN_2022.
     */
    private static final List<String> ANNEX_B = List.of(
            "A.5.1<-A.5.1.1,A.5.1.2", "A.5.2<-A.6.1.1", "A.5.3<-A.6.1.2", "A.5.4<-A.7.2.1",
            "A.5.5<-A.6.1.3", "A.5.6<-A.6.1.4", "A.5.8<-A.6.1.5,A.14.1.1", "A.5.9<-A.8.1.1,A.8.1.2",
            "A.5.10<-A.8.1.3,A.8.2.3", "A.5.11<-A.8.1.4", "A.5.12<-A.8.2.1", "A.5.13<-A.8.2.2",
            "A.5.14<-A.13.2.1,A.13.2.2,A.13.2.3", "A.5.15<-A.9.1.1,A.9.1.2", "A.5.16<-A.9.2.1", "A.5.17<-A.9.2.4,A.9.3.1,A.9.4.3",
            "A.5.18<-A.9.2.2,A.9.2.5,A.9.2.6", "A.5.19<-A.15.1.1", "A.5.20<-A.15.1.2", "A.5.21<-A.15.1.3",
            "A.5.22<-A.15.2.1,A.15.2.2", "A.5.24<-A.16.1.1", "A.5.25<-A.16.1.4", "A.5.26<-A.16.1.5",
            "A.5.27<-A.16.1.6", "A.5.28<-A.16.1.7", "A.5.29<-A.17.1.1,A.17.1.2,A.17.1.3", "A.5.31<-A.18.1.1,A.18.1.5",
            "A.5.32<-A.18.1.2", "A.5.33<-A.18.1.3", "A.5.34<-A.18.1.4", "A.5.35<-A.18.2.1",
            "A.5.36<-A.18.2.2,A.18.2.3", "A.5.37<-A.12.1.1", "A.6.1<-A.7.1.1", "A.6.2<-A.7.1.2",
            "A.6.3<-A.7.2.2", "A.6.4<-A.7.2.3", "A.6.5<-A.7.3.1", "A.6.6<-A.13.2.4",
            "A.6.7<-A.6.2.2", "A.6.8<-A.16.1.2,A.16.1.3", "A.7.1<-A.11.1.1", "A.7.2<-A.11.1.2,A.11.1.6",
            "A.7.3<-A.11.1.3", "A.7.5<-A.11.1.4", "A.7.6<-A.11.1.5", "A.7.7<-A.11.2.9",
            "A.7.8<-A.11.2.1", "A.7.9<-A.11.2.6", "A.7.10<-A.8.3.1,A.8.3.2,A.8.3.3,A.11.2.5", "A.7.11<-A.11.2.2",
            "A.7.12<-A.11.2.3", "A.7.13<-A.11.2.4", "A.7.14<-A.11.2.7", "A.8.1<-A.6.2.1,A.11.2.8",
            "A.8.2<-A.9.2.3", "A.8.3<-A.9.4.1", "A.8.4<-A.9.4.5", "A.8.5<-A.9.4.2",
            "A.8.6<-A.12.1.3", "A.8.7<-A.12.2.1", "A.8.8<-A.12.6.1,A.18.2.3", "A.8.13<-A.12.3.1",
            "A.8.14<-A.17.2.1", "A.8.15<-A.12.4.1,A.12.4.2,A.12.4.3", "A.8.17<-A.12.4.4", "A.8.18<-A.9.4.4",
            "A.8.19<-A.12.5.1,A.12.6.2", "A.8.20<-A.13.1.1", "A.8.21<-A.13.1.2", "A.8.22<-A.13.1.3",
            "A.8.24<-A.10.1.1,A.10.1.2", "A.8.25<-A.14.2.1", "A.8.26<-A.14.1.2,A.14.1.3", "A.8.27<-A.14.2.5",
            "A.8.29<-A.14.2.8,A.14.2.9", "A.8.30<-A.14.2.7", "A.8.31<-A.12.1.4,A.14.2.6", "A.8.32<-A.12.1.2,A.14.2.2,A.14.2.3,A.14.2.4",
            "A.8.33<-A.14.3.1", "A.8.34<-A.12.7.1"
    );

    @Test
    void theTransitionMapIsTheOfficialCorrespondenceEntryForEntry() throws Exception {
        CrosswalkDocument doc = load("iso27001-2013_iso27001-2022.json");
        Set<String> official = new TreeSet<>();
        java.util.Map<String, Integer> predecessors = new java.util.HashMap<>();
        java.util.Map<String, Integer> successors = new java.util.HashMap<>();
        for (String entry : ANNEX_B) {
            String[] parts = entry.split("<-");
            for (String old : parts[1].split(",")) {
                official.add(old + " > " + parts[0]);
                predecessors.merge(parts[0], 1, Integer::sum);
                successors.merge(old, 1, Integer::sum);
            }
        }
        Set<String> ours = new TreeSet<>();
        doc.links().forEach(l -> ours.add(l.source() + " > " + l.target()));
        assertEquals(official, ours, "pairs of the transition map vs Annex B");
        Set<String> withPredecessor = new TreeSet<>(predecessors.keySet());
        Set<String> newIn2022 = new TreeSet<>(StandardIds.iso2022AnnexA());
        newIn2022.removeAll(withPredecessor);
        assertEquals(new TreeSet<>(StandardIds.NEW_IN_2022), newIn2022, "the 2022 controls without predecessor");
        for (CrosswalkDocument.Link link : doc.links()) {
            String expected = successors.get(link.source()) > 1 ? "split"
                    : predecessors.get(link.target()) > 1 ? "merged" : null;
            if (expected != null) {
                assertEquals(expected, link.change(), link.source() + " > " + link.target());
            } else {
                assertTrue(Set.of("unchanged", "renamed").contains(link.change()), link.source() + " > " + link.target()
                        + ": one to one is unchanged or renamed");
            }
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
