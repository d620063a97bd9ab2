package dev.crosswalk.support.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin or crash shutdown, cannot connect now). */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
