package dev.crosswalk.local;

import java.util.List;

/** One service of the suite as the launcher runs it: where its jar is, its port, its database. */
record ServiceDefinition(String name, int port, String database, String envPrefix) {

    static List<ServiceDefinition> all() {
        return List.of(new ServiceDefinition("catalog-service", 8081, "catalog", "CATALOG"));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String jar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }
}
