package dev.crosswalk.support.paging;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.Arrays;
import java.util.List;
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

    private static ProblemException bad(String name, String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter '" + name + "' " + message,
                List.of(new Problem.FieldError(name, message)));
    }
}
