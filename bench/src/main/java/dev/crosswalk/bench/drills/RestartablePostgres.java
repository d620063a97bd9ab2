package dev.crosswalk.bench.drills;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dev.crosswalk.bench.StatementStats;
import dev.crosswalk.testsupport.KafkaBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Embedded PostgreSQL that keeps its port and data directory across a stop and a start. */
final class RestartablePostgres implements AutoCloseable {
    private final Path dataDir;
    private final int port = KafkaBroker.freePort();
    private EmbeddedPostgres server;

    RestartablePostgres(Path workDir) {
        this.dataDir = workDir.resolve("postgres");
    }

    void start() throws IOException {
        server = StatementStats.loadIfWanted(EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
                .setCleanDataDirectory(false)).start();
    }

    /** A fast shutdown (pg_ctl -m fast): open sessions are cut, the data stays. */
    void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
