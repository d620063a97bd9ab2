package dev.crosswalk.support.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the database could not be reached or went away (connection refused or lost,
 * server shutting down or starting), as opposed to a problem with the data or the code. Such a
 * failure is worth retrying once the database is back; HTTP callers get a 503, event consumers wait.
 */
public final class DatabaseUnavailable implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return isCause(failure);
    }

    /**
     * Looks through the causes and the suppressed exceptions: when the connection drops at commit, the
     * transaction manager reports "could not commit" and keeps the driver's error as a suppressed one
     * (found by the PostgreSQL restart drill, where it was answered with a 500).
     */
    public static boolean isCause(Throwable failure) {
        return isCause(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCause(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && unavailableState(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCause(suppressed, seen)) {
                return true;
            }
        }
        return isCause(failure.getCause(), seen);
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin or crash shutdown, cannot connect now). */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
