package dev.crosswalk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.rules.SamplingPeriods.Occurrence;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingPeriodsTest {
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aQuarterlyControlHasTwoOccurrencesInSixMonths() {
        assertEquals(List.of(new Occurrence(JUNE, Instant.parse("2026-09-01T00:00:00Z")),
                        new Occurrence(Instant.parse("2026-09-01T00:00:00Z"), DECEMBER)),
                SamplingPeriods.of(ControlFrequency.quarterly, JUNE, DECEMBER));
    }

    @Test
    void eachFrequencyCutsTheExpectedNumberOfOccurrences() {
        assertEquals(183, SamplingPeriods.of(ControlFrequency.daily, JUNE, DECEMBER).size());
        assertEquals(27, SamplingPeriods.of(ControlFrequency.weekly, JUNE, DECEMBER).size(), "26 weeks and one day");
        assertEquals(6, SamplingPeriods.of(ControlFrequency.monthly, JUNE, DECEMBER).size());
        assertEquals(6, SamplingPeriods.of(ControlFrequency.continuous, JUNE, DECEMBER).size(), "sampled monthly");
        assertEquals(1, SamplingPeriods.of(ControlFrequency.semi_annual, JUNE, DECEMBER).size());
        assertEquals(List.of(new Occurrence(JUNE, DECEMBER)), SamplingPeriods.of(ControlFrequency.annual, JUNE, DECEMBER),
                "an annual control in a six-month period: one occurrence, cut at the period's end");
        assertEquals(List.of(new Occurrence(JUNE, DECEMBER)), SamplingPeriods.of(ControlFrequency.event_driven, JUNE, DECEMBER),
                "an event-driven control: the whole period, in which one of its events must be evidenced");
        assertTrue(SamplingPeriods.of(ControlFrequency.event_driven, JUNE, JUNE).isEmpty());
    }

    @Test
    void monthsAreCountedFromTheStartNotFromTheShortenedMonth() {
        List<Occurrence> months = SamplingPeriods.of(ControlFrequency.monthly, Instant.parse("2026-01-31T00:00:00Z"),
                Instant.parse("2026-04-30T00:00:00Z"));
        assertEquals(Instant.parse("2026-02-28T00:00:00Z"), months.get(0).end());
        assertEquals(Instant.parse("2026-03-31T00:00:00Z"), months.get(1).end());
        assertEquals(Instant.parse("2026-04-30T00:00:00Z"), months.get(2).end());
        assertEquals(3, months.size());
    }

    @Test
    void occurrencesAreHalfOpenAndCapped() {
        Occurrence june = SamplingPeriods.of(ControlFrequency.monthly, JUNE, DECEMBER).getFirst();
        assertTrue(june.contains(JUNE));
        assertTrue(!june.contains(Instant.parse("2026-07-01T00:00:00Z")));
        assertEquals(SamplingPeriods.MAX_PERIODS,
                SamplingPeriods.of(ControlFrequency.daily, JUNE, Instant.parse("2028-01-01T00:00:00Z")).size());
    }
}
