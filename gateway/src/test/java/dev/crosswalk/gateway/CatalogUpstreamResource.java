package dev.crosswalk.gateway;

import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.testsupport.KafkaBroker;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

/**
 * The gateway is tested against the real catalog-service (its built jar, its own PostgreSQL, the test
 * broker). Evidence and mapping routes point at closed ports: that is how "service down" is tested.
 */
public class CatalogUpstreamResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;
    private ServiceProcess catalog;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database catalog");
            }
            ServiceDefinition definition = new ServiceDefinition("catalog-service", KafkaBroker.freePort(), "catalog",
                    "CATALOG");
            Path project = Path.of("..").toAbsolutePath().normalize();
            Path logs = Files.createDirectories(Path.of("target", "upstream-logs"));
            catalog = new ServiceProcess(definition, project, logs, Map.of(
                    "CATALOG_HTTP_PORT", String.valueOf(definition.port()),
                    "CATALOG_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/catalog",
                    "CATALOG_DB_USER", "postgres",
                    "CATALOG_DB_PASSWORD", "postgres",
                    "KAFKA_BOOTSTRAP_SERVERS", KafkaTestResource.broker().bootstrapServers(),
                    "CROSSWALK_INTERNAL_SECRET", GatewayIdentity.TEST_SECRET));
            catalog.start();
            catalog.awaitReady();
            String closed = "http://localhost:" + KafkaBroker.freePort();
            return Map.of("gateway.routes.catalog", definition.baseUrl(), "gateway.routes.evidence", closed,
                    "gateway.routes.mappings", closed);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start catalog-service behind the gateway", e);
        }
    }

    @Override
    public void stop() {
        if (catalog != null) {
            catalog.stop();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
