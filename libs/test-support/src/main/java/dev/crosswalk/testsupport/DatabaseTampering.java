package dev.crosswalk.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Changes rows as someone with the database's superuser could: with the triggers switched off for the session
 * ({@code session_replication_role = replica}), so the append-only guards do not stop it. For tests that show
 * the trail finds what such a person did.
 */
public final class DatabaseTampering {
    private DatabaseTampering() {
    }

    public static void withoutTriggers(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try {
                s.execute(sql);
            } finally {
                s.execute("set session_replication_role = origin");
            }
        }
    }
}
