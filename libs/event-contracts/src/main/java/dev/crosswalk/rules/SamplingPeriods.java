package dev.crosswalk.rules;

import dev.crosswalk.events.ControlFrequency;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The occurrences a control's frequency implies in an observation period, as a SOC 2 Type 2 auditor samples
 * them: consecutive periods of the frequency's length from the start of the observation period (UTC), the
 * last one cut at its end. A continuous control is sampled monthly. An event-driven control has no fixed
 * rhythm: the whole period is its one occurrence, which at least one of its events must evidence (the auditor
 * samples the events of the period; a period with none evidenced is an exception).
 * <p>
 * The one cut both evidence-service's control timeline and mapping-service's SOC 2 report make.
 */
public final class SamplingPeriods {
    public static final int MAX_PERIODS = 400;

    /** One occurrence: {@code [start, end)}. */
    public record Occurrence(Instant start, Instant end) {
        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    private SamplingPeriods() {
    }

    /** The length of one occurrence; empty for an event-driven control, whose occurrence is the whole period. */
    public static Optional<Period> step(ControlFrequency frequency) {
        return Optional.ofNullable(switch (frequency) {
            case daily -> Period.ofDays(1);
            case weekly -> Period.ofWeeks(1);
            case monthly, continuous -> Period.ofMonths(1);
            case quarterly -> Period.ofMonths(3);
            case semi_annual -> Period.ofMonths(6);
            case annual -> Period.ofYears(1);
            case event_driven -> null;
        });
    }

    /** The occurrences in {@code [from, to)}, at most {@link #MAX_PERIODS}; none when the period is empty. */
    public static List<Occurrence> of(ControlFrequency frequency, Instant from, Instant to) {
        List<Occurrence> occurrences = new ArrayList<>();
        Period step = step(frequency).orElse(null);
        if (step == null) {
            if (from.isBefore(to)) {
                occurrences.add(new Occurrence(from, to));
            }
            return occurrences;
        }
        ZonedDateTime origin = from.atZone(ZoneOffset.UTC);
        ZonedDateTime end = to.atZone(ZoneOffset.UTC);
        ZonedDateTime start = origin;
        for (int i = 1; start.isBefore(end) && occurrences.size() < MAX_PERIODS; i++) {
            // from the origin each time: a month step from Jan 31 gives Feb 28 then Mar 31, not Mar 28
            ZonedDateTime next = origin.plus(step.multipliedBy(i));
            occurrences.add(new Occurrence(start.toInstant(), (next.isBefore(end) ? next : end).toInstant()));
            start = next;
        }
        return occurrences;
    }
}
