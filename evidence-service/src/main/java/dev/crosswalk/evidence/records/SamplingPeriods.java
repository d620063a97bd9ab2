package dev.crosswalk.evidence.records;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods in which a control of a given frequency must show evidence, from the start of the
 * observation period (UTC). A continuous control is sampled monthly; an event-driven one has no
 * fixed periods.
 */
final class SamplingPeriods {
    static final int MAX_PERIODS = 400;

    record Period(Instant start, Instant end) {
        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    private SamplingPeriods() {
    }

    static List<Period> of(String frequency, Instant from, Instant to) {
        java.time.Period step = switch (frequency) {
            case "daily" -> java.time.Period.ofDays(1);
            case "weekly" -> java.time.Period.ofWeeks(1);
            case "monthly", "continuous" -> java.time.Period.ofMonths(1);
            case "quarterly" -> java.time.Period.ofMonths(3);
            case "semi_annual" -> java.time.Period.ofMonths(6);
            case "annual" -> java.time.Period.ofYears(1);
            default -> null;
        };
        List<Period> periods = new ArrayList<>();
        if (step == null) {
            return periods;
        }
        ZonedDateTime start = from.atZone(ZoneOffset.UTC);
        ZonedDateTime end = to.atZone(ZoneOffset.UTC);
        while (start.isBefore(end) && periods.size() < MAX_PERIODS) {
            ZonedDateTime next = start.plus(step);
            periods.add(new Period(start.toInstant(), (next.isBefore(end) ? next : end).toInstant()));
            start = next;
        }
        return periods;
    }
}
