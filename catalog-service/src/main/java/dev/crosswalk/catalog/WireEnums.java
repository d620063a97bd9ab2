package dev.crosswalk.catalog;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Query parameters for enums whose wire value (their {@code toString()}, also their {@code @JsonValue})
 * differs from the constant's name, such as {@code internal-audit}. A bad value is a 400 problem.
 */
public final class WireEnums {
    private WireEnums() {
    }

    public static <E extends Enum<E>> E optional(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wire = value.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.toString().equals(wire)).findFirst()
                .orElseThrow(() -> {
                    String message = "must be one of: " + allowed(type);
                    return new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter '" + name + "' " + message,
                            List.of(new Problem.FieldError(name, message)));
                });
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
