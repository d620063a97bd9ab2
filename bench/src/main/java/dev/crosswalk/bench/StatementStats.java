package dev.crosswalk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
public final class StatementStats {
    private StatementStats() {
    }

    /** Whether this run asked for them (-DpgStats=true); the server must then load the library at start. */
    static boolean wanted() {
        return Boolean.getBoolean("pgStats");
    }

    /** Has the server load pg_stat_statements at start when this run asked for it (-DpgStats=true). */
    public static EmbeddedPostgres.Builder loadIfWanted(EmbeddedPostgres.Builder server) {
        return wanted() ? server.setServerConfig("shared_preload_libraries", "pg_stat_statements") : server;
    }

    static void reset(String jdbcUrl) throws SQLException {
        reset(DriverManager.getConnection(jdbcUrl, "postgres", "postgres"));
    }

    /** Starts counting afresh; closes the connection. */
    static void reset(Connection connection) throws SQLException {
        try (Connection c = connection; Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took PostgreSQL longest, as a markdown table. */
    static String top(String jdbcUrl, int limit) throws SQLException {
        return top(DriverManager.getConnection(jdbcUrl, "postgres", "postgres"), limit);
    }

    /** The same, for every database of the server, read through the given connection (closed after). */
    static String top(Connection connection, int limit) throws SQLException {
        StringBuilder table = new StringBuilder("""
                | database | total ms | calls | rows | ms / call | statement |
                |---|---|---|---|---|---|
                """);
        try (Connection c = connection; Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select d.datname, total_exec_time, calls, rows, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                     from pg_stat_statements join pg_database d on d.oid = dbid
                     order by total_exec_time desc limit""" + " " + limit)) {
            while (rs.next()) {
                String query = rs.getString(6);
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %d | %.3f | `%s` |%n", rs.getString(1),
                        rs.getDouble(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
                        query.length() > 140 ? query.substring(0, 140) + "..." : query));
            }
        }
        return table.toString();
    }
}
