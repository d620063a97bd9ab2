package dev.crosswalk.support.paging;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Parses optional filter parameters given as raw strings, answering bad values with a 400 problem. */
public final class QueryParams {
    public static final int MAX_TEXT_LENGTH = 200;

    private QueryParams() {
    }

    public static <E extends Enum<E>> E optionalEnum(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw bad(name, "must be one of: " + allowed);
        }
    }

    public static String optionalText(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw bad(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return value.strip();
    }

    /** As {@link #optionalText}, but a missing or blank value is a 400 problem naming the parameter. */
    public static String requiredText(String value, String name) {
        String text = optionalText(value, name);
        if (text == null) {
            throw bad(name, "is required");
        }
        return text;
    }

    public static Instant optionalInstant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }

    /** An id from a path: a malformed one names nothing, so callers answer it with 404 like an unknown one. */
    public static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The 400 problem for a query parameter: "Query parameter 'name' message", with the field error. */
    public static ProblemException bad(String name, String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter '" + name + "' " + message,
                List.of(new Problem.FieldError(name, message)));
    }
}
