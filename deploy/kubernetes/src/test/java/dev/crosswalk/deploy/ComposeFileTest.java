package dev.crosswalk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml, read with SnakeYAML (which resolves its anchors and merge keys). */
class ComposeFileTest {
    private static final Path DIR = Yaml.MODULE.resolve("../compose").normalize();
    private static final List<String> APPS = List.of("gateway", "catalog-service", "evidence-service", "mapping-service");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN)$");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    private static String text;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        text = Files.readString(DIR.resolve("compose.yaml"));
        Map<String, Object> compose = new org.yaml.snakeyaml.Yaml().load(text);
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsTheFourServicesOnRealPostgresAndKafka() {
        assertTrue(services.keySet().containsAll(APPS), services.keySet().toString());
        assertEquals("postgres:17", services.get("postgres").get("image"));
        assertEquals("apache/kafka:4.1.1", services.get("kafka").get("image"));
        for (String app : APPS) {
            assertTrue(String.valueOf(services.get(app).get("image")).startsWith("crosswalk/" + app + ":"), app + " image");
        }
        assertEquals(Set.of("gateway"), services.entrySet().stream().filter(e -> e.getValue().containsKey("ports"))
                .map(Map.Entry::getKey).collect(Collectors.toSet()), "only the gateway publishes a port");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLongRunningServiceHasAHealthcheckAndEveryOneShotIsAwaited() {
        Set<String> awaitedOneShots = new HashSet<>();
        services.forEach((name, service) -> {
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> {
                assertTrue(services.containsKey(dependency), name + " depends on unknown " + dependency);
                if ("service_completed_successfully".equals(condition.get("condition"))) {
                    awaitedOneShots.add(dependency);
                } else {
                    assertEquals("service_healthy", condition.get("condition"), name + " waits for " + dependency + " to be healthy");
                }
            });
        });
        services.forEach((name, service) -> {
            if ("no".equals(service.get("restart"))) {
                assertTrue(awaitedOneShots.contains(name), "one-shot " + name + " is awaited by the services");
            } else {
                Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
                assertNotNull(healthcheck, name + " has a healthcheck");
                assertFalse(((List<String>) healthcheck.get("test")).isEmpty(), name + " healthcheck test");
            }
        });
        for (String app : APPS) {
            String probe = String.join(" ", (List<String>) ((Map<String, Object>) services.get(app).get("healthcheck")).get("test"));
            assertTrue(probe.contains("/dev/tcp/127.0.0.1/" + Yaml.defaultHttpPort(app) + " ") && probe.contains("/q/health/ready"),
                    app + " healthcheck asks its own readiness endpoint: " + probe);
            Map<String, Object> dependsOn = (Map<String, Object>) services.get(app).get("depends_on");
            assertTrue(dependsOn.keySet().containsAll(List.of("postgres", "kafka", "init-db", "init-kafka")), app + " waits for its infrastructure");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void environmentIsWhatEachServiceReadsAndNoSecretIsALiteral() {
        for (String app : APPS) {
            Map<String, Object> environment = (Map<String, Object>) services.get(app).get("environment");
            Set<String> expected = Yaml.envVarsRead(app).keySet().stream().filter(v -> !v.endsWith("_HTTP_PORT")).collect(Collectors.toSet());
            assertEquals(Yaml.sorted(expected), Yaml.sorted(environment.keySet()), app + ": env vars its application.properties reads");
        }
        services.forEach((name, service) -> {
            Object environment = service.getOrDefault("environment", Map.of());
            ((Map<String, Object>) environment).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertTrue(String.valueOf(value).matches("\\$\\{[A-Z0-9_]+:\\?[^}]+}"),
                            name + " " + key + " comes from .env and is required, never a literal: " + value);
                }
            });
        });
    }

    @Test
    void everyVariableWithoutADefaultIsDocumentedInEnvExampleWithoutAValue() throws IOException {
        Map<String, String> example = Yaml.envFile(DIR.resolve(".env.example"));
        Set<String> required = new HashSet<>();
        Matcher m = INTERPOLATION.matcher(text);
        while (m.find()) {
            if (m.group(2) == null || m.group(2).contains("?")) {
                required.add(m.group(1));
            }
        }
        assertEquals(Yaml.sorted(required), Yaml.sorted(example.keySet()), ".env.example lists exactly the variables compose requires");
        example.forEach((key, value) -> assertEquals("", value, ".env.example carries no value for " + key));
        assertTrue(Files.readString(Yaml.REPO.resolve(".gitignore")).lines().anyMatch(".env"::equals), ".env is ignored by git");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInitCreatesEveryDatabaseAndTopicTheServicesUse() throws IOException {
        String initDb = Files.readString(DIR.resolve("init-db.sh"));
        String initKafka = String.valueOf(services.get("init-kafka").get("command"));
        for (String app : APPS) {
            Map<String, Object> environment = (Map<String, Object>) services.get(app).get("environment");
            environment.forEach((key, value) -> {
                if (key.endsWith("_DB_URL")) {
                    String database = String.valueOf(value).replaceAll(".*/", "");
                    assertTrue(initDb.matches("(?s).*for service in [a-z ]*\\b" + database + "\\b.*"), "init-db creates " + database);
                }
            });
        }
        for (String topic : List.of("catalog.events", "evidence.events", "mapping.events")) {
            assertTrue(initKafka.contains(topic), "init-kafka creates " + topic);
        }
    }
}
