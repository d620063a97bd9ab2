package dev.crosswalk.catalog.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The common control library checked like code: well-formed, every mapping names a real requirement of the bundled
 * frameworks, and together the controls cover every clause, Annex A control and criterion, the criteria the
 * crosswalk declares without ISO counterpart with controls of their own.
 */
class ControlLibraryDataTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static LibraryDocument library;
    private static Set<String> iso;
    private static Set<String> soc2;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = resource("library/common-controls.json")) {
            library = JSON.readValue(in, LibraryDocument.class);
        }
        iso = refs("frameworks/iso27001-2022.json");
        soc2 = refs("frameworks/soc2-tsc-2017.json");
    }

    private static InputStream resource(String name) {
        return ControlLibraryDataTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static Set<String> refs(String framework) throws Exception {
        Set<String> refs = new HashSet<>();
        try (InputStream in = resource(framework)) {
            JSON.readTree(in).path("requirements").forEach(r -> refs.add(r.path("ref").asText()));
        }
        return refs;
    }

    @Test
    void controlsAreWellFormed() {
        assertTrue(library.version().matches("\\d+\\.\\d+\\.\\d+"), library.version());
        int count = library.controls().size();
        assertTrue(count >= 100 && count <= 150, count + " controls");
        Set<String> domains = new HashSet<>();
        library.domains().forEach(d -> domains.add(d.id()));
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (LibraryControl c : library.controls()) {
            if (!ids.add(c.id())) {
                problems.add(c.id() + " twice");
            }
            if (!c.id().matches("[A-Z]{2,6}-\\d{2}")) {
                problems.add(c.id() + ": id is not PREFIX-NN");
            }
            if (!domains.contains(c.domain())) {
                problems.add(c.id() + ": unknown domain " + c.domain());
            }
            if (c.frequency() == null || blank(c.name()) || blank(c.description()) || blank(c.ownerRole())) {
                problems.add(c.id() + ": frequency, name, description and owner role are required");
            }
            if (c.evidence() == null || c.evidence().isEmpty()
                    || c.evidence().stream().anyMatch(e -> e.kind() == null || blank(e.lookFor()))) {
                problems.add(c.id() + ": every control says what proves it (kind and what to look for)");
            }
            if (c.iso27001().isEmpty() && c.soc2().isEmpty()) {
                problems.add(c.id() + ": mapped to nothing");
            }
            c.iso27001().stream().filter(r -> !iso.contains(r)).forEach(r -> problems.add(c.id() + ": no ISO requirement " + r));
            c.soc2().stream().filter(r -> !soc2.contains(r)).forEach(r -> problems.add(c.id() + ": no TSC criterion " + r));
        }
        assertEquals(List.of(), problems);
        assertTrue(library.controls().stream().flatMap(c -> c.evidence().stream())
                .filter(e -> !blank(e.check())).count() >= 30, "at least 30 automatable checks");
    }

    @Test
    void togetherTheyCoverEveryClauseAnnexAControlAndCriterion() {
        Set<String> missingIso = new TreeSet<>(iso);
        Set<String> missingSoc2 = new TreeSet<>(soc2);
        library.controls().stream().filter(c -> !c.retired()).forEach(c -> {
            c.iso27001().forEach(missingIso::remove);
            c.soc2().forEach(missingSoc2::remove);
        });
        assertEquals(127, iso.size());
        assertEquals(61, soc2.size());
        assertEquals(Set.of(), missingIso, "clauses 4-10 and Annex A without a library control");
        assertEquals(Set.of(), missingSoc2, "criteria without a library control");
    }

    @Test
    void criteriaWithoutIsoCounterpartHaveControlsOfTheirOwn() throws Exception {
        // the crosswalk is mapping-service's; the build runs each module's tests in its own folder
        JsonNode crosswalk = JSON.readTree(new File("../mapping-service/src/main/resources/crosswalk/iso27001-2022_soc2-tsc-2017.json"));
        List<String> withoutOwn = new ArrayList<>();
        for (JsonNode declared : crosswalk.path("noCounterpart")) {
            if (!declared.path("framework").asText().equals(ControlLibrary.SOC2)) {
                continue;
            }
            String ref = declared.path("ref").asText();
            boolean own = library.controls().stream().anyMatch(c -> c.soc2().contains(ref) && c.iso27001().isEmpty());
            if (!own) {
                withoutOwn.add(ref);
            }
        }
        assertFalse(crosswalk.path("noCounterpart").isEmpty());
        assertEquals(List.of(), withoutOwn, "a SOC 2-only control for every criterion ISO 27001 has no counterpart for");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
