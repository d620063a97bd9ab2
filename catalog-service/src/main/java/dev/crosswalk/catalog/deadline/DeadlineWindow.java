package dev.crosswalk.catalog.deadline;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/** How far ahead the deadlines look: an ISO-8601 period (P90D, P6W, P3M, P1Y) of at most one year. */
record DeadlineWindow(LocalDate today, LocalDate until) {
    static final String DEFAULT = "P90D";

    static DeadlineWindow of(String within, LocalDate today) {
        String value = within == null || within.isBlank() ? DEFAULT : within.strip();
        Period period;
        try {
            period = Period.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("must be an ISO-8601 period such as P90D, P6W or P3M");
        }
        LocalDate until = today.plus(period);
        if (period.isNegative() || until.isBefore(today)) {
            throw bad("must not be negative");
        }
        if (until.isAfter(today.plusYears(1))) {
            throw bad("must be at most one year (P1Y, P12M or P365D)");
        }
        return new DeadlineWindow(today, until);
    }

    private static ProblemException bad(String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'within' " + message,
                List.of(new Problem.FieldError("within", message)));
    }
}
