package dev.crosswalk.mapping.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.mapping.coverage.ControlState.Operation;
import dev.crosswalk.mapping.crosswalk.Relationship;
import dev.crosswalk.mapping.projection.SharedRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageRulesTest {
    private final UUID operating = UUID.randomUUID();
    private final UUID operating2 = UUID.randomUUID();
    private final UUID failing = UUID.randomUUID();
    private final UUID silent = UUID.randomUUID();
    private final UUID evidence = UUID.randomUUID();
    private final CoverageRules rules = new CoverageRules(Map.of(
            operating, new ControlState(operating, "IAM-01", Operation.operating, List.of(evidence), 1),
            operating2, new ControlState(operating2, "IAM-02", Operation.operating, List.of(), 0),
            failing, new ControlState(failing, "OPS-01", Operation.failing, List.of(), 0),
            silent, new ControlState(silent, "OPS-02", Operation.unevidenced, List.of(), 0)), 3);

    private RequirementCoverage assess(Set<UUID> direct, List<OrientedLink> links, Map<String, Set<UUID>> other) {
        return rules.assess("CC6.1", "security", direct, links, other);
    }

    @Test
    void directStatusIsTheMostRestrictiveOfTheMappedControls() {
        assertNull(rules.direct(Set.of()));
        assertEquals(CoverageStatus.satisfied, rules.direct(Set.of(operating, operating2)));
        assertEquals(CoverageStatus.partial, rules.direct(Set.of(operating, failing)));
        assertEquals(CoverageStatus.gap, rules.direct(Set.of(failing, silent)));
    }

    @ParameterizedTest
    @EnumSource(value = Relationship.class, names = {"equal", "superset_of"})
    void fullLinksCarryTheOtherRequirementsStatusAsIs(Relationship full) {
        RequirementCoverage c = assess(null, List.of(new OrientedLink("A.5.15", "CC6.1", full, 8)),
                Map.of("A.5.15", Set.of(operating)));
        assertEquals(CoverageStatus.satisfied, c.status());
        assertEquals(List.of("IAM-01"), c.controls());
        assertEquals(List.of(evidence), c.evidence());
        assertEquals(1, c.evidenceCount());
    }

    @ParameterizedTest
    @EnumSource(value = Relationship.class, names = {"subset_of", "intersects_with"})
    void partialLinksCarryAtMostPartial(Relationship partial) {
        assertEquals(CoverageStatus.partial, assess(null, List.of(new OrientedLink("A.5.15", "CC6.1", partial, 9)),
                Map.of("A.5.15", Set.of(operating))).status());
    }

    @Test
    void aGapCarriedInFullStaysAGap() {
        assertEquals(CoverageStatus.gap, assess(null, List.of(new OrientedLink("A.8.13", "CC6.1",
                Relationship.equal, 9)), Map.of("A.8.13", Set.of(silent))).status());
    }

    @Test
    void weakLinksCarryNothing() {
        RequirementCoverage c = assess(null, List.of(new OrientedLink("A.5.15", "CC6.1", Relationship.equal, 2)),
                Map.of("A.5.15", Set.of(operating)));
        assertEquals(CoverageStatus.gap, c.status());
        assertTrue(c.via().isEmpty());
        assertTrue(c.reason().contains("no control is mapped"));
    }

    @Test
    void theBestPathWinsAndDirectAndCarriedCombine() {
        List<OrientedLink> links = List.of(
                new OrientedLink("A.8.2", "CC6.1", Relationship.intersects_with, 6),
                new OrientedLink("A.5.15", "CC6.1", Relationship.superset_of, 7));
        Map<String, Set<UUID>> other = Map.of("A.8.2", Set.of(operating2), "A.5.15", Set.of(operating));
        RequirementCoverage c = assess(Set.of(silent), links, other);
        assertEquals(CoverageStatus.satisfied, c.status());
        assertEquals(2, c.via().size());
        assertTrue(c.controls().containsAll(List.of("OPS-02", "IAM-02", "IAM-01")));
        assertTrue(c.reason().startsWith("0 of 1 mapped control(s)"), c.reason());
        assertEquals(CoverageStatus.partial, assess(Set.of(operating, silent), List.of(), Map.of()).status());
    }

    @Test
    void aRecordSharedByContributingControlsCountsOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID shared = UUID.randomUUID();
        UUID onlyA = UUID.randomUUID();
        CoverageRules counting = new CoverageRules(Map.of(
                a, new ControlState(a, "A", Operation.operating, List.of(shared, onlyA), 2),
                b, new ControlState(b, "B", Operation.operating, List.of(shared), 1)), 3,
                new SharedRecords(Map.of(a, List.of(shared), b, List.of(shared))));
        RequirementCoverage both = counting.assess("CC6.2", "security", Set.of(a, b), List.of(), Map.of());
        assertEquals(2, both.evidenceCount(), "shared once, onlyA once");
        assertEquals(List.of(shared, onlyA), both.evidence());
        assertEquals(2, counting.assess("CC6.3", "security", Set.of(a), List.of(), Map.of()).evidenceCount(),
                "a record shared with a control that does not contribute is not taken out");
    }

    @Test
    void theStatusHoldsUntilTheFirstExpiryItCannotDoWithout() {
        Instant soon = Instant.parse("2027-01-10T00:00:00Z");
        Instant later = Instant.parse("2027-03-01T00:00:00Z");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        CoverageRules expiring = new CoverageRules(Map.of(
                a, new ControlState(a, "A", Operation.operating, List.of(), 1, soon),
                b, new ControlState(b, "B", Operation.operating, List.of(), 1, later)), 3);
        assertEquals(soon, expiring.assess("CC6.2", "security", Set.of(a, b), List.of(), Map.of()).holdsUntil(),
                "both must operate for satisfied: it drops to partial when the first expires");
        // two full links each satisfy it alone: losing A's evidence changes nothing, losing B's too then
        List<OrientedLink> twoPaths = List.of(new OrientedLink("A.5.15", "CC6.1", Relationship.equal, 8),
                new OrientedLink("A.8.2", "CC6.1", Relationship.equal, 8));
        assertEquals(later, expiring.assess("CC6.1", "security", null, twoPaths,
                Map.of("A.5.15", Set.of(a), "A.8.2", Set.of(b))).holdsUntil());
        assertNull(expiring.assess("CC8.1", "security", null, List.of(), Map.of()).holdsUntil(), "a gap rests on nothing");
    }
}
