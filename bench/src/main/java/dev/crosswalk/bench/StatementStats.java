package dev.crosswalk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * PostgreSQL's own account of where its time went (pg_stat_statements, which the bench's embedded
 * server loads when asked): a diagnostic for profiling, not a figure for the results table.
 */
final class StatementStats {
    private StatementStats() {
    }

    static void reset(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took PostgreSQL longest, as a markdown table. */
    static String top(String jdbcUrl, int limit) throws SQLException {
        StringBuilder table = new StringBuilder("""
                | total ms | calls | rows | ms / call | statement |
                |---|---|---|---|---|
                """);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select total_exec_time, calls, rows, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                     from pg_stat_statements order by total_exec_time desc limit""" + " " + limit)) {
            while (rs.next()) {
                String query = rs.getString(5);
                table.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %.3f | `%s` |%n", rs.getDouble(1), rs.getLong(2),
                        rs.getLong(3), rs.getDouble(4), query.length() > 140 ? query.substring(0, 140) + "..." : query));
            }
        }
        return table.toString();
    }
}
