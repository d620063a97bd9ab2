package dev.crosswalk.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One service of the suite as the launcher runs it: where its jar is, its port, its database. */
public record ServiceDefinition(String name, int port, String database, String envPrefix) {

    public static final ServiceDefinition CATALOG = new ServiceDefinition("catalog-service", 8081, "catalog", "CATALOG");
    public static final ServiceDefinition EVIDENCE = new ServiceDefinition("evidence-service", 8082, "evidence", "EVIDENCE");
    public static final ServiceDefinition MAPPING = new ServiceDefinition("mapping-service", 8083, "mapping", "MAPPING");

    /** In start order: the catalog first, since the others follow its events. */
    public static List<ServiceDefinition> all() {
        return List.of(CATALOG, EVIDENCE, MAPPING);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String jar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }

    /** Settings a service needs beyond database and Kafka, placed under the stack's data directory. */
    public Map<String, String> extraEnvironment(Path dataDir) {
        return this.equals(EVIDENCE)
                ? Map.of("EVIDENCE_ARTIFACT_DIR", dataDir.resolve("artifacts").toString())
                : Map.of();
    }
}
