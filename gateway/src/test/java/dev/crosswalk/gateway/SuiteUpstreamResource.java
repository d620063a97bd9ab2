package dev.crosswalk.gateway;

import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaBroker;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway is tested against the real suite: catalog-, evidence- and mapping-service from their
 * built jars, each with its own database in one embedded PostgreSQL, all on the test broker. A test
 * may stop and restart a service to see the gateway answer for a service that is down.
 */
public class SuiteUpstreamResource implements QuarkusTestResourceLifecycleManager {
    private static final Map<String, ServiceProcess> SERVICES = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;

    /** The running service behind a route ({@code catalog}, {@code evidence}, {@code mappings}). */
    public static ServiceProcess service(String route) {
        return SERVICES.get(route);
    }

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            Path project = Path.of("..").toAbsolutePath().normalize();
            Path logs = Files.createDirectories(Path.of("target", "upstream-logs"));
            Map<String, String> routes = new HashMap<>();
            for (ServiceDefinition template : List.of(ServiceDefinition.CATALOG, ServiceDefinition.EVIDENCE,
                    ServiceDefinition.MAPPING)) {
                ServiceDefinition definition = new ServiceDefinition(template.name(), KafkaBroker.freePort(),
                        template.database(), template.envPrefix());
                ServiceProcess process = new ServiceProcess(definition, project, logs, environment(definition));
                process.start();
                String route = template.equals(ServiceDefinition.MAPPING) ? "mappings" : template.database();
                SERVICES.put(route, process);
                routes.put("gateway.routes." + route, definition.baseUrl());
            }
            for (ServiceProcess process : SERVICES.values()) {
                process.awaitReady();
            }
            return routes;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the suite behind the gateway", e);
        }
    }

    private Map<String, String> environment(ServiceDefinition definition) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + definition.database());
        }
        Map<String, String> env = definition.environment(postgres.getPort(),
                KafkaTestResource.broker().bootstrapServers(), GatewayIdentity.TEST_SECRET);
        env.putAll(definition.extraEnvironment(Path.of("target", "upstream-data").toAbsolutePath()));
        return env;
    }

    @Override
    public void stop() {
        SERVICES.values().forEach(ServiceProcess::stop);
        SERVICES.clear();
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
