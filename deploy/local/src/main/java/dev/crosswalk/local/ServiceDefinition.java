package dev.crosswalk.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service of the suite as the launcher runs it: where its jar is, its port, its database. */
public record ServiceDefinition(String name, int port, String database, String envPrefix) {

    public static final ServiceDefinition CATALOG = new ServiceDefinition("catalog-service", 8081, "catalog", "CATALOG");
    public static final ServiceDefinition EVIDENCE = new ServiceDefinition("evidence-service", 8082, "evidence", "EVIDENCE");
    public static final ServiceDefinition MAPPING = new ServiceDefinition("mapping-service", 8083, "mapping", "MAPPING");
    public static final ServiceDefinition GATEWAY = new ServiceDefinition("gateway", 8080, "gateway", "GATEWAY");

    /** In start order: the catalog first, since the others follow its events. */
    public static List<ServiceDefinition> all() {
        return List.of(CATALOG, EVIDENCE, MAPPING, GATEWAY);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * JVM options beyond the heap size. The gateway runs the serial collector: its heap holds little but
     * per-request garbage, and G1's concurrent threads and write barriers cost it a fifth of its CPU per
     * request (bench/README.md, gateway overhead). Its container image starts it the same way.
     */
    public List<String> jvmOptions() {
        return name.equals("gateway") ? List.of("-XX:+UseSerialGC") : List.of();
    }

    public String jar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }

    /**
     * What the service reads to run: its port (the services on the loopback address only, so that the
     * gateway is the one way in from other machines), its own database on the PostgreSQL at {@code postgresPort}
     * (user postgres), the broker, and the identity secret it shares with the gateway.
     */
    public Map<String, String> environment(int postgresPort, String kafkaBootstrapServers, String identitySecret) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(envPrefix + "_HTTP_PORT", String.valueOf(port));
        if (!name.equals(GATEWAY.name)) {
            env.put(envPrefix + "_HTTP_HOST", "127.0.0.1");
        }
        env.put(envPrefix + "_DB_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
        env.put(envPrefix + "_DB_USER", "postgres");
        env.put(envPrefix + "_DB_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("CROSSWALK_INTERNAL_SECRET", identitySecret);
        return env;
    }

    /** Settings a service needs beyond database and Kafka, placed under the stack's data directory. */
    public Map<String, String> extraEnvironment(Path dataDir) {
        if (name.equals(EVIDENCE.name)) {
            return Map.of("EVIDENCE_ARTIFACT_DIR", dataDir.resolve("artifacts").toString(),
                    "CROSSWALK_TRAIL_SIGNING_KEY", LocalSecrets.trailSigningKey(dataDir, name));
        }
        if (name.equals(CATALOG.name) || name.equals(MAPPING.name)) {
            return Map.of("CROSSWALK_TRAIL_SIGNING_KEY", LocalSecrets.trailSigningKey(dataDir, name));
        }
        if (name.equals(GATEWAY.name)) {
            return Map.of("GATEWAY_ADMIN_KEY", LocalSecrets.operatorKey(dataDir),
                    "CATALOG_URL", CATALOG.baseUrl(), "EVIDENCE_URL", EVIDENCE.baseUrl(), "MAPPING_URL", MAPPING.baseUrl(),
                    "CROSSWALK_TRAIL_SIGNING_KEY", LocalSecrets.trailSigningKey(dataDir, name));
        }
        return Map.of();
    }
}
