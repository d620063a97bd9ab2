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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped crosswalk data meets the product's rules: complete, well-typed, every link explained. */
class CrosswalkDataTest {
    private static final Pattern CLAUSE = Pattern.compile("(4|5|6|7|8|9|10)\\.\\d(\\.\\d)?");
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private CrosswalkDocument load(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("crosswalk/" + name)) {
            return json.readValue(in, CrosswalkDocument.class);
        }
    }

    @Test
    void isoToTscLinksEveryAnnexAControlAndEveryCriterionOrSaysWhyNot() throws Exception {
        CrosswalkDocument doc = load("iso27001-2022_soc2-tsc-2017.json");
        assertEquals("iso27001:2022", doc.source());
        assertEquals("soc2-tsc:2017", doc.target());
        Set<String> annexA = StandardIds.iso2022AnnexA();
        Set<String> criteria = StandardIds.tsc2017();
        assertEquals(93, annexA.size());
        assertEquals(61, criteria.size());
        checkLinks(doc, ref -> annexA.contains(ref) || CLAUSE.matcher(ref).matches(), criteria::contains);
        Set<String> uncoveredIso = new TreeSet<>(annexA);
        Set<String> uncoveredTsc = new TreeSet<>(criteria);
        doc.links().forEach(l -> {
            uncoveredIso.remove(l.source());
            uncoveredTsc.remove(l.target());
        });
        doc.unmapped().forEach(u -> {
            assertFalse(u.reason() == null || u.reason().isBlank(), u.ref() + " needs a reason");
            (u.framework().equals("iso27001:2022") ? uncoveredIso : uncoveredTsc).remove(u.ref());
        });
        assertEquals(Set.of(), uncoveredIso, "Annex A controls neither linked nor explained");
        assertEquals(Set.of(), uncoveredTsc, "criteria neither linked nor explained");
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
        doc.unmapped().forEach(u -> missingNew.remove(u.ref()));
        assertEquals(Set.of(), missingNew, "2022 controls neither reached from 2013 nor explained as new");
        doc.unmapped().forEach(u -> assertTrue(StandardIds.NEW_IN_2022.contains(u.ref()), u.ref() + " is not new in 2022"));
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
