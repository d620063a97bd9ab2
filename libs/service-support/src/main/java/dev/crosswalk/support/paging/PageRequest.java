package dev.crosswalk.support.paging;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;

/** A zero-based page and its size, checked against the suite's hard maximum. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    /**
     * Reads the raw query parameters (strings, so a non-number is our 400 problem rather than the
     * framework's 404); absent values take the defaults, out-of-range values are a 400 problem.
     */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parse(page, 0, "page", errors);
        int s = parse(size, DEFAULT_SIZE, "size", errors);
        if (p < 0 || p > MAX_PAGE) {
            errors.add(new Problem.FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "Invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String value, int defaultValue, String name, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a whole number"));
            return defaultValue;
        }
    }

    public int offset() {
        return page * size;
    }
}
