package dev.crosswalk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.rules.EvidenceCounting.Facts;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceCountingTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static Facts facts(EvidenceResult result, ReviewStatus review, boolean expired, boolean superseded,
                               Instant validUntil) {
        return new Facts(result, review, expired, superseded, validUntil);
    }

    @Test
    void onlyAcceptedCurrentPassOrFailRecordsDecideCoverage() {
        int deciding = 0;
        for (EvidenceResult result : EvidenceResult.values()) {
            for (ReviewStatus review : ReviewStatus.values()) {
                for (boolean expired : new boolean[] {false, true}) {
                    for (boolean superseded : new boolean[] {false, true}) {
                        boolean decides = EvidenceCounting.decidesCoverage(facts(result, review, expired, superseded, LATER));
                        boolean expected = review == ReviewStatus.accepted && !expired && !superseded
                                && result != EvidenceResult.informational;
                        assertEquals(expected, decides, result + " " + review + " expired=" + expired + " superseded=" + superseded);
                        deciding += decides ? 1 : 0;
                    }
                }
            }
        }
        assertEquals(2, deciding, "accepted pass and accepted fail, neither expired nor superseded");
    }

    @Test
    void operationIsEvidencedByAcceptedCurrentPassesFreshOrNot() {
        assertTrue(EvidenceCounting.evidencesOperation(facts(EvidenceResult.pass, ReviewStatus.accepted, true, false, NOW.minusSeconds(1))));
        assertFalse(EvidenceCounting.evidencesOperation(facts(EvidenceResult.pass, ReviewStatus.pending, false, false, LATER)));
        assertFalse(EvidenceCounting.evidencesOperation(facts(EvidenceResult.pass, ReviewStatus.rejected, false, false, LATER)));
        assertFalse(EvidenceCounting.evidencesOperation(facts(EvidenceResult.pass, ReviewStatus.accepted, false, true, LATER)));
        assertFalse(EvidenceCounting.evidencesOperation(facts(EvidenceResult.fail, ReviewStatus.accepted, false, false, LATER)));
        assertFalse(EvidenceCounting.evidencesOperation(facts(EvidenceResult.informational, ReviewStatus.accepted, false, false, LATER)));
    }

    @Test
    void freshnessEndsAtValidUntil() {
        assertTrue(EvidenceCounting.fresh(LATER, NOW));
        assertFalse(EvidenceCounting.fresh(NOW, NOW), "valid until now is no longer fresh");
        assertFalse(EvidenceCounting.fresh(null, NOW));
    }

    @Test
    void saysWhyARecordIsNotPassingNow() {
        assertEquals(Optional.empty(), EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.pass, ReviewStatus.accepted, false, false, LATER), NOW));
        assertEquals(Optional.of("its result is fail, not pass"),
                EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.fail, ReviewStatus.accepted, false, false, LATER), NOW));
        assertEquals(Optional.of("its review is pending, not accepted"),
                EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.pass, ReviewStatus.pending, false, false, LATER), NOW));
        assertEquals(Optional.of("a correction superseded it"),
                EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.pass, ReviewStatus.accepted, false, true, LATER), NOW));
        assertEquals(Optional.of("it has expired"),
                EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.pass, ReviewStatus.accepted, false, false, NOW), NOW));
        assertEquals(Optional.of("it has expired"),
                EvidenceCounting.whyNotPassingNow(facts(EvidenceResult.pass, ReviewStatus.accepted, true, false, LATER), NOW));
    }

    @Test
    void passingNowIsDecidingPassingAndFresh() {
        for (EvidenceResult result : EvidenceResult.values()) {
            for (ReviewStatus review : ReviewStatus.values()) {
                for (Instant validUntil : new Instant[] {NOW, LATER}) {
                    Facts f = facts(result, review, false, false, validUntil);
                    assertEquals(EvidenceCounting.decidesCoverage(f) && result == EvidenceResult.pass
                                    && EvidenceCounting.fresh(validUntil, NOW),
                            EvidenceCounting.passingNow(f, NOW), f.toString());
                }
            }
        }
    }
}
