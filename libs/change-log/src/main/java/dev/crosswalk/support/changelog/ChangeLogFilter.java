package dev.crosswalk.support.changelog;

import dev.crosswalk.support.paging.QueryParams;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * What a change-log query asks for: optional entity, entity id, subject, operation and period [from, to), and
 * whether it reads the tenant's own entries or those of the data every tenant shares (frameworks, crosswalk).
 */
public record ChangeLogFilter(String entity, String entityId, String subject, String operation, Instant from,
                              Instant to, boolean shared) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final List<String> OPERATIONS = List.of("created", "updated", "deleted", "accessed");

    public static ChangeLogFilter of(String entity, String entityId, String subject, String operation, String from,
                                     String to, String shared) {
        String op = QueryParams.optionalText(operation, "operation");
        if (op != null && !OPERATIONS.contains(op)) {
            throw QueryParams.bad("operation", "must be one of " + String.join(", ", OPERATIONS));
        }
        Instant since = QueryParams.optionalInstant(from, "from");
        Instant until = QueryParams.optionalInstant(to, "to");
        if (since != null && until != null && !since.isBefore(until)) {
            throw QueryParams.bad("to", "must be after from");
        }
        if (shared != null && !shared.isBlank() && !shared.strip().equals("true") && !shared.strip().equals("false")) {
            throw QueryParams.bad("shared", "must be true or false");
        }
        return new ChangeLogFilter(QueryParams.optionalText(entity, "entity"), QueryParams.optionalText(entityId, "entityId"),
                QueryParams.optionalText(subject, "subject"), op, since, until, "true".equals(shared == null ? null : shared.strip()));
    }

    /** The tenant whose entries the filter reads. */
    public String logTenant(String callerTenant) {
        return shared ? ChangeLogEntries.SHARED_TENANT : callerTenant;
    }

    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw QueryParams.bad("limit", "must be a whole number between 1 and " + MAX_LIMIT);
    }

    /** The entry id a cursor stands for (entries older than it come next), or null for the first page. */
    public static Long cursor(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            if (raw.startsWith("cl.")) {
                return Long.parseLong(raw.substring(3));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw QueryParams.bad("cursor", "must be the nextCursor of an earlier page");
    }

    static String cursorOf(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("cl." + id).getBytes(StandardCharsets.UTF_8));
    }

}
