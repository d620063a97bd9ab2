package dev.crosswalk.mapping.reports;

import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A SOC 2 Type 2 observation period: whole UTC days from {@code from} to {@code to}, 3 to 12 months long. */
public record ObservationPeriod(LocalDate from, LocalDate to) {

    public static ObservationPeriod of(String from, String to) {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (!end.isAfter(start)) {
            throw invalid("to", "must be after from");
        }
        LocalDate dayAfter = end.plusDays(1);
        if (dayAfter.isBefore(start.plusMonths(3)) || dayAfter.isAfter(start.plusMonths(12))) {
            throw invalid("to", "the observation period must last 3 to 12 months");
        }
        return new ObservationPeriod(start, end);
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required (yyyy-mm-dd)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date, yyyy-mm-dd");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, "Invalid observation period: " + field + " " + message,
                List.of(new FieldError(field, message)));
    }
}
