package dev.crosswalk.local;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine: embedded PostgreSQL and a KRaft broker in this JVM, each service as
 * a child process. Data lives under {@code .local/} in the project, so it survives a restart.
 * Ctrl-C stops everything this process started.
 */
public final class LocalStack {
    static final int POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 59092;
    static final int KAFKA_CONTROLLER_PORT = 59093;

    private final Path projectDir;
    private final Path dataDir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile String starting = "the launcher";
    private EmbeddedPostgres postgres;
    private KafkaBroker kafka;

    LocalStack(Path projectDir) {
        this.projectDir = projectDir;
        this.dataDir = projectDir.resolve(".local");
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(project);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start();
        } catch (StartupFailure e) {
            System.err.println("\n[local] FAILED: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("\n[local] FAILED while starting " + stack.starting + ": " + e);
            System.exit(2);
        }
        Thread.currentThread().join();
    }

    void start() throws Exception {
        List<ServiceDefinition> definitions = ServiceDefinition.all();
        checkPortsFree(definitions);
        Files.createDirectories(dataDir.resolve("logs"));

        step("PostgreSQL on port " + POSTGRES_PORT + " (data in " + projectDir.relativize(dataDir.resolve("postgres")) + ")");
        postgres = EmbeddedPostgres.builder()
                .setPort(POSTGRES_PORT)
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start();
        for (ServiceDefinition service : definitions) {
            createDatabaseIfMissing(service.database());
        }
        ready("PostgreSQL");

        step("Kafka (KRaft) on port " + KAFKA_PORT);
        kafka = new KafkaBroker(dataDir.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, 3).start();
        kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS, Topics.MAPPING_EVENTS);
        ready("Kafka");

        for (ServiceDefinition definition : definitions) {
            step(definition.name() + " on port " + definition.port());
            ServiceProcess process = new ServiceProcess(definition, projectDir, dataDir.resolve("logs"),
                    environment(definition));
            services.add(process);
            process.start();
            process.awaitReady();
            ready(definition.name());
        }
        String demoKey = DemoSeed.demoApiKey(ServiceDefinition.GATEWAY.baseUrl(), dataDir);
        DemoSeed.seed(ServiceDefinition.GATEWAY.baseUrl(), demoKey,
                DemoSeed.demoScriptKey(ServiceDefinition.GATEWAY.baseUrl(), dataDir));
        printSummary(definitions, demoKey);
    }

    private Map<String, String> environment(ServiceDefinition definition) {
        Map<String, String> env = definition.environment(POSTGRES_PORT, kafka.bootstrapServers(),
                LocalSecrets.internalSecret(dataDir));
        env.putAll(definition.extraEnvironment(dataDir));
        return env;
    }

    private void createDatabaseIfMissing(String database) throws Exception {
        String url = "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        }
    }

    private static void checkPortsFree(List<ServiceDefinition> services) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES_PORT, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "Kafka controller");
        services.forEach(s -> ports.put(s.port(), s.name()));
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket(port.getKey())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StartupFailure("port " + port.getKey() + " for " + port.getValue()
                        + " is taken; stop what uses it (is the stack already running?)");
            }
        }
    }

    private void printSummary(List<ServiceDefinition> definitions, String demoKey) {
        System.out.println();
        System.out.println("Crosswalk suite is up. Ctrl-C stops everything.");
        for (ServiceDefinition s : definitions) {
            System.out.printf("  %-16s %s   Swagger UI: %s/q/swagger-ui   logs: %s%n", s.name(), s.baseUrl(),
                    s.baseUrl(), projectDir.relativize(dataDir.resolve("logs").resolve(s.name() + ".log")));
        }
        System.out.println("  demo tenant      '" + DemoSeed.TENANT + "', API key (all scopes): " + demoKey
                + "   (kept in .local/" + LocalSecrets.DEMO_API_KEY_FILE + ")");
        System.out.println("  operator key     in .local/" + LocalSecrets.OPERATOR_KEY_FILE + " (header X-Admin-Key)");
        System.out.println("  try              curl -H 'X-Api-Key: " + demoKey + "' "
                + ServiceDefinition.GATEWAY.baseUrl() + "/api/v1/catalog/controls");
        System.out.println("  post evidence    deploy/local/post-evidence.sh   (then prints coverage of both frameworks)");
    }

    synchronized void stop() {
        for (ServiceProcess service : services.reversed()) {
            service.stop();
        }
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[local] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    private void step(String what) {
        starting = what;
        System.out.println("[local] starting " + what + " ...");
    }

    private static void ready(String what) {
        System.out.println("[local] " + what + " is ready");
    }

    public static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message);
        }
    }
}
