package dev.crosswalk.catalog;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Query parameters naming an enum constant ({@code internal_audit}): a bad value is a 400 problem naming the
 * allowed ones, where JAX-RS would answer a failed conversion of a query parameter with 404.
 */
public final class WireEnums {
    private WireEnums() {
    }

    public static <E extends Enum<E>> E optional(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wire = value.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wire)).findFirst()
                .orElseThrow(() -> {
                    String message = "must be one of: " + allowed(type);
                    return new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter '" + name + "' " + message,
                            List.of(new Problem.FieldError(name, message)));
                });
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
