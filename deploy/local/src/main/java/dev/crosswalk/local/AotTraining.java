package dev.crosswalk.local;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run that makes each service's AOT cache ({@link AotCache}), run by the build (deploy/aot's
 * package phase): the four services start from their jars with {@code -XX:AOTCacheOutput} against a throw-away
 * PostgreSQL and broker, the demo tenant is seeded through the gateway, {@link TrainingWorkload} sends its
 * request mix for a while, and the services are stopped; each JVM writes its cache as it exits.
 * Skipped when every cache is newer than its jars, or when this JDK cannot make one.
 * Options: -Daot.training.seconds=40
 */
public final class AotTraining {
    private static final Duration EXIT_GRACE = Duration.ofMinutes(3);

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!AotCache.supported()) {
            System.out.println("[aot] JDK " + Runtime.version().feature() + " cannot make an AOT cache (JDK "
                    + AotCache.FIRST_JDK + "+): the services will start without one");
            return;
        }
        List<Path> applications = ServiceDefinition.all().stream().map(s -> AotCache.applicationDir(project, s)).toList();
        for (ServiceDefinition service : ServiceDefinition.all()) {
            if (!Files.isRegularFile(project.resolve(service.jar()))) {
                throw new IllegalStateException(service.name() + " is not built (" + service.jar()
                        + " missing): the training run needs every service's jar");
            }
        }
        List<String> stale = new ArrayList<>();
        for (Path application : applications) {
            AotCache.staleBecause(application).ifPresent(stale::add);
        }
        if (stale.isEmpty()) {
            System.out.println("[aot] every AOT cache is newer than its jars; no training run");
            return;
        }
        System.out.println("[aot] training run, since " + String.join("; ", stale));
        for (Path application : applications) {
            Files.deleteIfExists(application.resolve(AotCache.FILE));
            AotCache.stampLikeImage(application);
        }
        long began = System.nanoTime();
        train(project, Duration.ofSeconds(Long.getLong("aot.training.seconds", 40)));
        for (Path application : applications) {
            Path cache = application.resolve(AotCache.FILE);
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("the training run made no AOT cache " + cache);
            }
            System.out.printf("[aot] %s: %d MiB%n", project.relativize(cache), Files.size(cache) >> 20);
        }
        System.out.printf("[aot] training run done in %d s on JDK %s%n", (System.nanoTime() - began) / 1_000_000_000L,
                Runtime.version());
    }

    private static void train(Path project, Duration workload) throws Exception {
        Path work = Files.createTempDirectory("crosswalk-aot-training");
        List<ServiceProcess> started = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            KafkaBroker kafka = KafkaBroker.onFreePorts().start();
            try {
                kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS, Topics.MAPPING_EVENTS);
                List<ServiceDefinition> services = onFreePorts();
                String gatewayUrl = services.getLast().baseUrl();
                for (ServiceDefinition service : services) {
                    try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                        s.execute("create database " + service.database());
                    }
                    ServiceProcess process = new ServiceProcess(service, project, work,
                            environment(service, services, postgres.getPort(), kafka.bootstrapServers(), work),
                            AotCache.Mode.TRAIN);
                    started.add(process);
                    process.start();
                    process.awaitReady();
                }
                String apiKey = DemoSeed.demoApiKey(gatewayUrl, work);
                String scriptKey = DemoSeed.demoScriptKey(gatewayUrl, work);
                DemoSeed.seed(gatewayUrl, apiKey, scriptKey);
                TrainingWorkload mix = new TrainingWorkload(gatewayUrl, apiKey, scriptKey);
                int requests = mix.run(workload);
                System.out.printf("[aot] training mix: %d requests in %d s (%s)%n", requests, workload.toSeconds(),
                        mix.statusSummary());
                System.out.println("[aot] refused: " + mix.refusedSummary());
                if (mix.serverErrors() > 0) {
                    System.out.println("[aot] the mix met server errors; the services' logs are in " + work);
                }
            } finally {
                // Each JVM writes its cache on the way out, which takes a while: one at a time, so they do not
                // compete for the two cores, the gateway first since it calls the others.
                for (ServiceProcess process : started.reversed()) {
                    process.stop(EXIT_GRACE);
                }
                kafka.stop();
            }
        }
    }

    private static List<ServiceDefinition> onFreePorts() {
        return ServiceDefinition.all().stream()
                .map(s -> new ServiceDefinition(s.name(), KafkaBroker.freePort(), s.database(), s.envPrefix()))
                .toList();
    }

    private static Map<String, String> environment(ServiceDefinition service, List<ServiceDefinition> services,
                                                   int postgresPort, String kafka, Path work) {
        Map<String, String> env = service.environment(postgresPort, kafka, LocalSecrets.internalSecret(work));
        env.putAll(service.extraEnvironment(work));
        if (service.name().equals(ServiceDefinition.GATEWAY.name())) {
            env.put("CATALOG_URL", services.get(0).baseUrl());
            env.put("EVIDENCE_URL", services.get(1).baseUrl());
            env.put("MAPPING_URL", services.get(2).baseUrl());
            // the mix is faster than one key's limit; the limiter still runs on every request
            env.put("GATEWAY_REQUESTS_PER_MINUTE", "1000000");
        }
        return env;
    }
}
