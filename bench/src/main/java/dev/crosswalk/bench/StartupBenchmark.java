package dev.crosswalk.bench;

import dev.crosswalk.local.AotCache;
import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start time and memory of each service (issue 8), each launched as deployed locally ({@code -Xmx256m},
 * its own database on one PostgreSQL, one broker): time from launch to the first ready answer, the
 * time Quarkus reports, and the resident set size once ready and after 200 requests. The first start of
 * a service migrates an empty database; the others are restarts. The baseline, measured in the same run,
 * is a JVM that only serves a readiness answer ({@link BaselineServer}). Each service is measured without and
 * with its AOT cache ({@link AotCache}), each way on a database of its own, so both have a first start.
 * Options: -Drounds=3
 */
public final class StartupBenchmark {
    private static final String SECRET = "bench-only-internal-identity-secret-0123456789";
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBenchmark() {
    }

    record Start(double readyMs, double quarkusMs, long rssReadyKb, long rssAfterRequestsKb) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = Integer.getInteger("rounds", 3);
        Path work = Files.createTempDirectory("crosswalk-startup");
        Map<String, List<Start>> results = new LinkedHashMap<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            KafkaBroker kafka = KafkaBroker.onFreePorts().start();
            try {
                List<Start> baseline = new ArrayList<>();
                for (int r = 0; r < rounds + 1; r++) {
                    baseline.add(baseline(work));
                }
                results.put("baseline: JDK HTTP server only", baseline);
                for (ServiceDefinition standard : ServiceDefinition.all()) {
                    for (AotCache.Mode mode : List.of(AotCache.Mode.OFF, AotCache.Mode.USE)) {
                        results.put(standard.name() + (mode == AotCache.Mode.USE ? ", AOT cache" : ", no cache"),
                                starts(project, work, postgres, kafka, standard, mode, rounds));
                    }
                }
            } finally {
                kafka.stop();
            }
        }
        report(results, rounds);
    }

    /** A first start on a database of its own, then {@code rounds} restarts. */
    private static List<Start> starts(Path project, Path work, EmbeddedPostgres postgres, KafkaBroker kafka,
                                      ServiceDefinition standard, AotCache.Mode mode, int rounds) throws Exception {
        String database = standard.database() + "_" + mode.name().toLowerCase();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        ServiceDefinition service = new ServiceDefinition(standard.name(), KafkaBroker.freePort(), database, standard.envPrefix());
        Map<String, String> env = service.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET);
        env.putAll(Map.of("EVIDENCE_ARTIFACT_DIR", work.resolve("artifacts").toString(),
                "GATEWAY_ADMIN_KEY", "bench-operator-key", "CATALOG_URL", "http://localhost:1",
                "EVIDENCE_URL", "http://localhost:1", "MAPPING_URL", "http://localhost:1"));
        List<Start> starts = new ArrayList<>();
        for (int r = 0; r < rounds + 1; r++) {
            Path logs = Files.createDirectories(work.resolve(service.name() + "-" + mode + "-" + r));
            starts.add(measure(new ServiceProcess(service, project, logs, env, mode)));
        }
        return starts;
    }

    private static Start measure(ServiceProcess service) throws Exception {
        long launched = System.nanoTime();
        service.start();
        try {
            service.awaitReady();
            double readyMs = (System.nanoTime() - launched) / 1e6;
            long rssReady = rssKb(service.pid());
            for (int i = 0; i < 200; i++) {
                HTTP.send(HttpRequest.newBuilder(URI.create(service.definition().baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            Matcher started = QUARKUS_STARTED.matcher(Files.readString(service.log()));
            return new Start(readyMs, started.find() ? Double.parseDouble(started.group(1)) * 1000 : Double.NaN,
                    rssReady, rssKb(service.pid()));
        } finally {
            service.stop();
        }
    }

    private static Start baseline(Path work) throws Exception {
        int port = KafkaBroker.freePort();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), BaselineServer.class.getName(),
                String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("baseline.log").toFile())).start();
        try {
            URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
            while (true) {
                try {
                    if (HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(5);
                }
            }
            double readyMs = (System.nanoTime() - launched) / 1e6;
            long rssReady = rssKb(process.pid());
            for (int i = 0; i < 200; i++) {
                HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding());
            }
            return new Start(readyMs, Double.NaN, rssReady, rssKb(process.pid()));
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private static void report(Map<String, List<Start>> results, int rounds) {
        Start base = median(results.values().iterator().next().subList(1, rounds + 1));
        System.out.printf("%nStart-up on JDK %s, -Xmx256m; first start migrates an empty database, restarts are the median"
                + " of %d%n%n", Runtime.version(), rounds);
        System.out.println("| process | first start to ready ms | restart to ready ms (median) | Quarkus 'started in' ms | "
                + "RSS ready MiB | RSS after 200 requests MiB | restart / baseline | RSS / baseline |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        results.forEach((name, starts) -> {
            Start first = starts.getFirst();
            Start restart = median(starts.subList(1, rounds + 1));
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.1fx | %.1fx |%n", name, first.readyMs(),
                    restart.readyMs(), restart.quarkusMs(), restart.rssReadyKb() / 1024.0, restart.rssAfterRequestsKb() / 1024.0,
                    restart.readyMs() / base.readyMs(), (double) restart.rssAfterRequestsKb() / base.rssAfterRequestsKb());
        });
    }

    private static Start median(List<Start> starts) {
        return starts.stream().sorted(Comparator.comparingDouble(Start::readyMs)).toList().get(starts.size() / 2);
    }
}
