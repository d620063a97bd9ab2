package dev.crosswalk.support.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A timestamptz column as an Instant (null stays null). */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
        };
    }
}
