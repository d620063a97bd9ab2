package dev.crosswalk.support.identity;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The value of an operation's {@value AuditorReadable#EXTENSION}: {@code true}, or terms separated by spaces
 * that name where the operation takes a period and a framework, so the filter can hold an auditor to its own.
 * <ul>
 * <li>{@code period=instants:from..to}: query parameters holding ISO-8601 instants, from included, to excluded;
 * <li>{@code period=days:from..to}: query parameters holding dates (yyyy-mm-dd), both included;
 * <li>{@code period=moment:asOf}: one query parameter holding an instant ("as it stood then");
 * <li>{@code framework=query:framework}, {@code framework=path:frameworkId}: the parameter naming a framework;
 * {@code framework=fixed:iso27001:2022}: the operation is about that framework whatever the request says.
 * </ul>
 */
record AuditorMarker(Period period, String periodFrom, String periodTo, String frameworkKind, String framework) {
    enum Period { NONE, INSTANTS, DAYS, MOMENT }

    static AuditorMarker parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.equals("true")) {
            return new AuditorMarker(Period.NONE, null, null, null, null);
        }
        Period period = Period.NONE;
        String from = null;
        String to = null;
        String frameworkKind = null;
        String framework = null;
        for (String term : text.split("\\s+")) {
            String[] keyAndValue = term.split("=", 2);
            String[] kindAndNames = keyAndValue.length == 2 ? keyAndValue[1].split(":", 2) : new String[0];
            if (kindAndNames.length != 2 || kindAndNames[1].isEmpty()) {
                throw malformed(value);
            }
            switch (keyAndValue[0]) {
                case "period" -> {
                    period = switch (kindAndNames[0]) {
                        case "instants" -> Period.INSTANTS;
                        case "days" -> Period.DAYS;
                        case "moment" -> Period.MOMENT;
                        default -> throw malformed(value);
                    };
                    String[] names = kindAndNames[1].split("\\.\\.", -1);
                    if (period == Period.MOMENT ? names.length != 1 : names.length != 2 || names[0].isEmpty() || names[1].isEmpty()) {
                        throw malformed(value);
                    }
                    from = names[0];
                    to = period == Period.MOMENT ? null : names[1];
                }
                case "framework" -> {
                    if (!kindAndNames[0].equals("query") && !kindAndNames[0].equals("path") && !kindAndNames[0].equals("fixed")) {
                        throw malformed(value);
                    }
                    frameworkKind = kindAndNames[0];
                    framework = kindAndNames[1];
                }
                default -> throw malformed(value);
            }
        }
        return new AuditorMarker(period, from, to, frameworkKind, framework);
    }

    /** Refuses (403) a framework the operation names that the auditor's scope does not cover. */
    void checkFramework(AuditorScope scope, Function<String, String> query, Function<String, String> path) {
        if (frameworkKind == null) {
            return;
        }
        String named = switch (frameworkKind) {
            case "query" -> query.apply(framework);
            case "path" -> path.apply(framework);
            default -> framework;
        };
        if (named != null && !named.isBlank() && !scope.allows(named)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This auditor's key covers the frameworks "
                    + scope.frameworks() + " only; '" + named.strip() + "' is outside them");
        }
    }

    /**
     * The query parameters to set so the request asks for the part of its period inside the auditor's: a
     * bound not given becomes the audit period's, one given is narrowed to it. Refuses (403) a period wholly
     * outside. A value that does not parse is left alone for the endpoint to refuse as it refuses it for anyone.
     */
    Map<String, String> narrow(AuditorScope scope, Instant now, Function<String, String> query) {
        Map<String, String> narrowed = new LinkedHashMap<>();
        switch (period) {
            case NONE -> {
            }
            case INSTANTS -> {
                Instant start = scope.start();
                Instant end = scope.end();
                try {
                    Instant askedFrom = instant(query.apply(periodFrom));
                    Instant askedTo = instant(query.apply(periodTo));
                    Instant from = askedFrom == null || askedFrom.isBefore(start) ? start : askedFrom;
                    Instant to = askedTo == null || askedTo.isAfter(end) ? end : askedTo;
                    if (!from.isBefore(to)) {
                        throw outside(scope);
                    }
                    narrowed.put(periodFrom, from.toString());
                    narrowed.put(periodTo, to.toString());
                } catch (DateTimeParseException unreadable) {
                    return Map.of();
                }
            }
            case DAYS -> {
                try {
                    LocalDate askedFrom = day(query.apply(periodFrom));
                    LocalDate askedTo = day(query.apply(periodTo));
                    LocalDate from = askedFrom == null || askedFrom.isBefore(scope.from()) ? scope.from() : askedFrom;
                    LocalDate to = askedTo == null || askedTo.isAfter(scope.to()) ? scope.to() : askedTo;
                    if (from.isAfter(to)) {
                        throw outside(scope);
                    }
                    narrowed.put(periodFrom, from.toString());
                    narrowed.put(periodTo, to.toString());
                } catch (DateTimeParseException unreadable) {
                    return Map.of();
                }
            }
            case MOMENT -> {
                try {
                    Instant asked = instant(query.apply(periodFrom));
                    if (asked != null && !scope.covers(asked) || asked == null && now.isBefore(scope.start())) {
                        throw outside(scope);
                    }
                    if (asked == null && !now.isBefore(scope.end())) {
                        // "now" is after the audit: the state at the period's last second is what the auditor may see
                        narrowed.put(periodFrom, scope.end().minusSeconds(1).toString());
                    }
                } catch (DateTimeParseException unreadable) {
                    return Map.of();
                }
            }
        }
        return narrowed;
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value.strip());
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static ProblemException outside(AuditorScope scope) {
        return new ProblemException(ProblemType.FORBIDDEN,
                "This auditor's key covers the period " + scope.period() + " (UTC) only; the period asked for is outside it");
    }

    private static IllegalStateException malformed(String value) {
        return new IllegalStateException("Malformed " + AuditorReadable.EXTENSION + " value: '" + value + "'");
    }
}
