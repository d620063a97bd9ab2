package dev.crosswalk.support.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the where-clause of a filtered list query (Panache/JPQL) from optional filters: null filters are left out. */
public final class FilterQuery {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public FilterQuery equal(String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + bind(value));
        }
        return this;
    }

    /**
     * Adds a condition whose parameters are written {@code {}}, bound in order; the condition is left
     * out when any value is null. It is parenthesised, so an {@code or} inside it stays inside it.
     */
    public FilterQuery where(String condition, Object... values) {
        if (Stream.of(values).anyMatch(java.util.Objects::isNull)) {
            return this;
        }
        String bound = condition;
        for (Object value : values) {
            bound = bound.replaceFirst("\\{}", ":" + bind(value));
        }
        conditions.add("(" + bound + ")");
        return this;
    }

    /** Adds a condition without parameters when {@code applies} is true. */
    public FilterQuery whereIf(boolean applies, String condition) {
        if (applies) {
            conditions.add("(" + condition + ")");
        }
        return this;
    }

    /** Case-insensitive substring match on any of the fields; LIKE wildcards in the text match literally. */
    public FilterQuery containsText(String text, String... fields) {
        if (text != null && !text.isBlank()) {
            String parameter = bind("%" + escapeLike(text.strip().toLowerCase()) + "%");
            conditions.add(Stream.of(fields)
                    .map(field -> "lower(" + field + ") like :" + parameter + " escape '\\'")
                    .collect(Collectors.joining(" or ", "(", ")")));
        }
        return this;
    }

    /** The conditions joined with {@code and}, followed by the ordering. */
    public String orderedBy(String ordering) {
        return String.join(" and ", conditions) + " order by " + ordering;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
