package dev.crosswalk.bench;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Gateway overhead (issue 8): single evidence POSTs at a fixed concurrency, through the gateway with an
 * API key and straight to evidence-service with a signed internal identity, alternating rounds in one
 * run. Reports requests/s, p50 and p99 (HdrHistogram) and the gateway's overhead as ratios.
 * Options: -Dconcurrency=8 -Dseconds=15 -Drounds=5 -DwarmUpSeconds=30 -DgatewayEnv="NAME=value;NAME=value"
 */
public final class GatewayOverheadBenchmark {
    private static final String SECRET = "bench-only-internal-identity-secret-0123456789";
    private static final String OPERATOR = "bench-operator-key";
    private static final String TENANT = "bench";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GatewayOverheadBenchmark() {
    }

    /** A round's requests/s and latencies, and the CPU each process spent on it (empty when /proc is unreadable). */
    record Result(double perSecond, Histogram latency, long requests, Optional<CpuSpent> cpu,
                  Map<String, Double> gatewayThreads, Map<String, long[]> calls) {
    }

    /** CPU milliseconds spent by the gateway, evidence-service, PostgreSQL (all backends) and this load generator. */
    record CpuSpent(double gateway, double evidence, double postgres, double client) {
        CpuSpent plus(CpuSpent other) {
            return new CpuSpent(gateway + other.gateway, evidence + other.evidence, postgres + other.postgres,
                    client + other.client);
        }

        CpuSpent minus(CpuSpent other) {
            return new CpuSpent(gateway - other.gateway, evidence - other.evidence, postgres - other.postgres,
                    client - other.client);
        }
    }

    /** Reads the CPU the processes of the bench spent so far. */
    record CpuMeter(Optional<ProcessHandle> gateway, Optional<ProcessHandle> evidence, Optional<ProcessHandle> postgres) {
        static CpuMeter find(int postgresPort) {
            return new CpuMeter(ProcessCpu.child("gateway/target/quarkus-app"),
                    ProcessCpu.child("evidence-service/target/quarkus-app"), ProcessCpu.postgres(postgresPort));
        }

        Optional<CpuSpent> now() {
            if (gateway.isEmpty() || evidence.isEmpty() || postgres.isEmpty()) {
                return Optional.empty();
            }
            Optional<Double> g = ProcessCpu.millis(gateway.get(), false);
            Optional<Double> e = ProcessCpu.millis(evidence.get(), false);
            Optional<Double> p = ProcessCpu.millis(postgres.get(), true);
            Optional<Double> c = ProcessCpu.millis(ProcessHandle.current(), false);
            return g.isPresent() && e.isPresent() && p.isPresent() && c.isPresent()
                    ? Optional.of(new CpuSpent(g.get(), e.get(), p.get(), c.get())) : Optional.empty();
        }

        /** Read and write system calls so far of the gateway, evidence-service and the load generator. */
        Map<String, long[]> readWriteCalls() {
            Map<String, long[]> calls = new TreeMap<>();
            gateway.flatMap(ProcessCpu::readWriteCalls).ifPresent(c -> calls.put("gateway", c));
            evidence.flatMap(ProcessCpu::readWriteCalls).ifPresent(c -> calls.put("evidence-service", c));
            ProcessCpu.readWriteCalls(ProcessHandle.current()).ifPresent(c -> calls.put("load generator", c));
            return calls;
        }

        /** The gateway's CPU milliseconds so far by thread name (event loops, JIT compiler, ...). */
        Map<String, Double> gatewayThreads() {
            return gateway.map(ProcessCpu::byThreadName).orElse(Map.of());
        }
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int concurrency = Integer.getInteger("concurrency", 8);
        Duration round = Duration.ofSeconds(Integer.getInteger("seconds", 15));
        int rounds = Integer.getInteger("rounds", 5);
        Path work = Files.createTempDirectory("crosswalk-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            KafkaBroker kafka = KafkaBroker.onFreePorts().start();
            kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS);
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database evidence");
                s.execute("create database gateway");
            }
            ServiceDefinition evidence = new ServiceDefinition("evidence-service", KafkaBroker.freePort(), "evidence", "EVIDENCE");
            ServiceDefinition gateway = new ServiceDefinition("gateway", KafkaBroker.freePort(), "gateway", "GATEWAY");
            String closed = "http://localhost:" + KafkaBroker.freePort();
            Map<String, String> evidenceEnv = evidence.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET);
            evidenceEnv.put("EVIDENCE_ARTIFACT_DIR", work.resolve("artifacts").toString());
            Map<String, String> gatewayEnv = gateway.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET);
            gatewayEnv.putAll(Map.of("GATEWAY_ADMIN_KEY", OPERATOR, "EVIDENCE_URL", evidence.baseUrl(),
                    "CATALOG_URL", closed, "MAPPING_URL", closed, "GATEWAY_REQUESTS_PER_MINUTE", "100000000"));
            // experiments on the gateway alone, e.g. -DgatewayEnv="JAVA_TOOL_OPTIONS=-XX:+UseParallelGC;QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=2"
            for (String setting : System.getProperty("gatewayEnv", "").split(";")) {
                if (setting.contains("=")) {
                    gatewayEnv.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                }
            }
            ServiceProcess evidenceProcess = new ServiceProcess(evidence, project, work, evidenceEnv);
            ServiceProcess gatewayProcess = new ServiceProcess(gateway, project, work, gatewayEnv);
            try {
                evidenceProcess.start();
                gatewayProcess.start();
                evidenceProcess.awaitReady();
                gatewayProcess.awaitReady();
                String key = tenantKey(gateway.baseUrl());
                seedControl(kafka, evidence.baseUrl());
                Supplier<HttpRequest.Builder> viaGateway = () -> HttpRequest.newBuilder(
                        URI.create(gateway.baseUrl() + "/api/v1/evidence")).header("X-Api-Key", key);
                // the identity token as the gateway sends it: one per caller, reused for 30 s
                GatewayTokens tokens = new GatewayTokens(SECRET);
                Supplier<HttpRequest.Builder> direct = () -> HttpRequest.newBuilder(
                        URI.create(evidence.baseUrl() + "/api/v1/evidence")).header(InternalIdentity.HEADER,
                        tokens.tokenFor(TENANT, "evidence:write"));
                CpuMeter meter = CpuMeter.find(postgres.getPort());
                // warm-up of each path, not measured (the JIT of both processes); -DwarmUpSeconds
                Duration warmUp = Duration.ofSeconds(Integer.getInteger("warmUpSeconds", 30));
                run(direct, concurrency, warmUp, meter);
                run(viaGateway, concurrency, warmUp, meter);
                List<Result> directResults = new ArrayList<>();
                List<Result> gatewayResults = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    directResults.add(run(direct, concurrency, round, meter));
                    gatewayResults.add(run(viaGateway, concurrency, round, meter));
                }
                report(project, directResults, gatewayResults, concurrency, round, warmUp);
            } finally {
                gatewayProcess.stop();
                evidenceProcess.stop();
                kafka.stop();
            }
        }
    }

    private static String tenantKey(String gateway) throws Exception {
        post(gateway + "/admin/v1/tenants", "{\"id\": \"" + TENANT + "\", \"name\": \"Bench\"}", "X-Admin-Key", OPERATOR);
        String issued = post(gateway + "/admin/v1/tenants/" + TENANT + "/keys",
                "{\"name\": \"bench\", \"scopes\": [\"evidence:write\", \"evidence:read\"]}", "X-Admin-Key", OPERATOR).body();
        Matcher key = Pattern.compile("\"key\":\"(cwk_[^\"]+)\"").matcher(issued);
        if (!key.find()) {
            throw new IllegalStateException("no key issued: " + issued);
        }
        return key.group(1);
    }

    private static void seedControl(KafkaBroker kafka, String evidence) throws Exception {
        UUID id = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(kafka.bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, TENANT, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "BENCH-1", "name": "Bench control", "owner": "bench",
                     "frequency": "daily", "status": "active", "version": 0}""".formatted(id, TENANT));
        }
        for (int attempt = 0; attempt < 300; attempt++) {
            HttpResponse<String> answer = post(evidence + "/api/v1/evidence", body(), InternalIdentity.HEADER,
                    InternalIdentity.sign(SECRET, TENANT, "bench", List.of("evidence:write")));
            if (answer.statusCode() == 201) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("evidence-service never learned the bench control");
    }

    private static String body() {
        return """
                {"controls": ["BENCH-1"], "kind": "automated_check", "title": "Nightly check", "collectedAt": "%s",
                 "result": "pass", "sourceSystem": "bench", "submitter": "bench"}""".formatted(Instant.now());
    }

    private static Result run(Supplier<HttpRequest.Builder> target, int concurrency, Duration length, CpuMeter meter)
            throws Exception {
        Optional<CpuSpent> before = meter.now();
        Map<String, Double> threadsBefore = meter.gatewayThreads();
        Map<String, long[]> callsBefore = meter.readWriteCalls();
        Histogram latency = new Histogram(60_000_000_000L, 3);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = HTTP.send(target.get().header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body())).build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("answered " + answer.statusCode());
                        }
                        synchronized (latency) {
                            latency.recordValue(System.nanoTime() - start);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        Optional<CpuSpent> after = meter.now();
        Optional<CpuSpent> spent = before.isPresent() && after.isPresent() ? Optional.of(after.get().minus(before.get()))
                : Optional.empty();
        Map<String, Double> threads = new TreeMap<>();
        meter.gatewayThreads().forEach((name, ms) -> threads.put(name, ms - threadsBefore.getOrDefault(name, 0.0)));
        Map<String, long[]> calls = new TreeMap<>();
        meter.readWriteCalls().forEach((process, now) -> {
            long[] then = callsBefore.get(process);
            if (then != null) {
                calls.put(process, new long[] {now[0] - then[0], now[1] - then[1]});
            }
        });
        return new Result(done.get() / (length.toNanos() / 1e9), latency, done.get(), spent, threads, calls);
    }

    private static void report(Path project, List<Result> direct, List<Result> gateway, int concurrency, Duration round,
                               Duration warmUp) throws Exception {
        int rounds = direct.size();
        Result d = median(direct);
        Result g = median(gateway);
        StringBuilder table = new StringBuilder("""
                Single evidence POST, %d concurrent clients, median of %d rounds of %d s (warm-up %d s a path)

                | path | requests/s | p50 ms | p99 ms |
                |---|---|---|---|
                """.formatted(concurrency, rounds, round.toSeconds(), warmUp.toSeconds()));
        table.append("| straight to evidence-service (baseline) | %.0f | %.2f | %.2f |%n".formatted(d.perSecond(), p(d, 50), p(d, 99)));
        table.append("| through the gateway | %.0f | %.2f | %.2f |%n".formatted(g.perSecond(), p(g, 50), p(g, 99)));
        table.append("%n**gateway overhead: throughput %+.1f%%, p50 %+.1f%%, p99 %+.1f%%** (goal: <= 15%%)%n".formatted(
                100 * (g.perSecond() / d.perSecond() - 1), 100 * (p(g, 50) / p(d, 50) - 1), 100 * (p(g, 99) / p(d, 99) - 1)));
        table.append("%nrounds (requests/s): direct %s, gateway %s%n".formatted(perSecond(direct), perSecond(gateway)));
        // a round's two paths run back to back, so their ratio moves less with the machine's other load
        List<Double> perRound = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            perRound.add(100 * (gateway.get(i).perSecond() / direct.get(i).perSecond() - 1));
        }
        table.append("%nmedian of the per-round throughput changes: **%+.1f%%** (rounds: %s)%n".formatted(
                perRound.stream().sorted().toList().get(rounds / 2),
                String.join(", ", perRound.stream().map(r -> "%+.1f%%".formatted(r)).toList())));
        Optional<String> cpu = cpuTable(direct, gateway);
        cpu.ifPresent(table::append);
        System.out.println();
        System.out.println(table);
        ResultsFile.append(project, "gateway-overhead", "Gateway overhead", table.toString());
    }

    /**
     * CPU per request of every process, over all measured rounds of a path: on a machine with few cores the
     * processes share the CPU, so what the gateway costs per request decides the throughput ratio.
     */
    private static Optional<String> cpuTable(List<Result> direct, List<Result> gateway) {
        Optional<CpuSpent> d = total(direct);
        Optional<CpuSpent> g = total(gateway);
        if (d.isEmpty() || g.isEmpty()) {
            return Optional.empty();
        }
        long dRequests = direct.stream().mapToLong(Result::requests).sum();
        long gRequests = gateway.stream().mapToLong(Result::requests).sum();
        return Optional.of("""

                CPU per request (microseconds, all measured rounds):

                | path | gateway | evidence-service | PostgreSQL | load generator | all |
                |---|---|---|---|---|---|
                %s
                %s
                %s%s""".formatted(cpuRow("direct", d.get(), dRequests), cpuRow("gateway", g.get(), gRequests),
                gatewayThreadTable(gateway, gRequests), callTable(direct, gateway)));
    }

    /** Read and write system calls per request of each process, per path (from /proc/<pid>/io). */
    private static String callTable(List<Result> direct, List<Result> gateway) {
        StringBuilder table = new StringBuilder("""

                read / write system calls per request (all measured rounds):

                | process | direct | gateway |
                |---|---|---|
                """);
        for (String process : List.of("gateway", "evidence-service", "load generator")) {
            table.append("| %s | %s | %s |%n".formatted(process, callsPerRequest(direct, process),
                    callsPerRequest(gateway, process)));
        }
        return table.toString();
    }

    private static String callsPerRequest(List<Result> results, String process) {
        long requests = results.stream().mapToLong(Result::requests).sum();
        long reads = results.stream().mapToLong(r -> r.calls().getOrDefault(process, new long[2])[0]).sum();
        long writes = results.stream().mapToLong(r -> r.calls().getOrDefault(process, new long[2])[1]).sum();
        return "%.1f / %.1f".formatted((double) reads / requests, (double) writes / requests);
    }

    /** The gateway's CPU per request by thread over its measured rounds, threads of at least 1 microsecond. */
    private static String gatewayThreadTable(List<Result> gateway, long requests) {
        Map<String, Double> spent = new TreeMap<>();
        gateway.forEach(r -> r.gatewayThreads().forEach((name, ms) -> spent.merge(name, ms, Double::sum)));
        StringBuilder table = new StringBuilder("""

                gateway CPU per request by thread (microseconds, its measured rounds):

                | thread | microseconds |
                |---|---|
                """);
        spent.forEach((name, ms) -> {
            if (ms * 1000 / requests >= 1) {
                table.append("| %s | %.0f |%n".formatted(name, ms * 1000 / requests));
            }
        });
        return table.toString();
    }

    private static String cpuRow(String path, CpuSpent spent, long requests) {
        double perRequest = 1000.0 / requests;
        return "| %s | %.0f | %.0f | %.0f | %.0f | %.0f |".formatted(path, spent.gateway() * perRequest,
                spent.evidence() * perRequest, spent.postgres() * perRequest, spent.client() * perRequest,
                (spent.gateway() + spent.evidence() + spent.postgres() + spent.client()) * perRequest);
    }

    private static Optional<CpuSpent> total(List<Result> results) {
        if (results.stream().anyMatch(r -> r.cpu().isEmpty())) {
            return Optional.empty();
        }
        return results.stream().map(r -> r.cpu().get()).reduce(CpuSpent::plus);
    }

    private static String perSecond(List<Result> results) {
        return String.join(", ", results.stream().map(r -> "%.0f".formatted(r.perSecond())).toList());
    }

    private static Result median(List<Result> results) {
        return results.stream().sorted((a, b) -> Double.compare(a.perSecond(), b.perSecond())).toList()
                .get(results.size() / 2);
    }

    private static double p(Result result, double percentile) {
        return result.latency().getValueAtPercentile(percentile) / 1e6;
    }

    private static HttpResponse<String> post(String url, String body, String header, String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
