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
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk evidence ingest (issue 8) three ways, alternating rounds in one run against the same PostgreSQL:
 * through the gateway with a tenant API key, straight to evidence-service with a signed internal
 * identity, and a raw JDBC batched insert of the same records into the same tables (the baseline).
 * All three commit every 500 records; the API paths additionally validate, resolve controls, and write
 * one outbox event per record, which the baseline does not: the ratio is the price of those guarantees.
 */
public final class IngestBenchmark {
    private static final String TENANT = "bench";
    private static final int BATCH = 500;
    private static final int CONTROLS = 20;
    /** Shared by the gateway and evidence-service; the direct path signs the identity itself. */
    private static final String SECRET = "bench-only-internal-identity-secret-0123456789";
    private static final String OPERATOR = "bench-operator-key";

    /** Where the API path posts: a URL and the credential header it carries. */
    private record Target(String url, String header, Supplier<String> credential) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int records = Integer.parseInt(System.getProperty("records", "20000"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        Path work = Files.createTempDirectory("crosswalk-bench");
        ServiceDefinition service = new ServiceDefinition("evidence-service", KafkaBroker.freePort(), "evidence", "EVIDENCE");
        ServiceDefinition gateway = new ServiceDefinition("gateway", KafkaBroker.freePort(), "gateway", "GATEWAY");
        boolean pgStats = StatementStats.wanted();
        try (EmbeddedPostgres postgres = StatementStats.loadIfWanted(EmbeddedPostgres.builder()).start()) {
            KafkaBroker kafka = KafkaBroker.onFreePorts().start();
            kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS);
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres").replace("/postgres?", "/evidence?");
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database evidence");
                s.execute("create database gateway");
            }
            Map<String, String> env = service.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET);
            env.putAll(service.extraEnvironment(work));
            if ("false".equals(System.getProperty("relay"))) {
                // -Drelay=false: diagnostic run without the outbox relay publishing to Kafka meanwhile
                env.put("OUTBOX_ENABLED", "false");
            }
            if (System.getProperty("jfr") != null) {
                // -Djfr=/path/file.jfr records a JFR profile of evidence-service for the whole run
                env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + System.getProperty("jfr"));
            }
            String closed = "http://localhost:" + KafkaBroker.freePort();
            Map<String, String> gatewayEnv = gateway.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET);
            gatewayEnv.putAll(Map.of("GATEWAY_ADMIN_KEY", OPERATOR, "EVIDENCE_URL", service.baseUrl(),
                    "CATALOG_URL", closed, "MAPPING_URL", closed, "GATEWAY_REQUESTS_PER_MINUTE", "100000000"));
            if (System.getProperty("jfrGateway") != null) {
                // -DjfrGateway=/path/file.jfr records a JFR profile of the gateway for the whole run
                gatewayEnv.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + System.getProperty("jfrGateway"));
            }
            ServiceProcess process = new ServiceProcess(service, project, work, env);
            ServiceProcess gatewayProcess = new ServiceProcess(gateway, project, work, gatewayEnv);
            process.start();
            gatewayProcess.start();
            try {
                process.awaitReady();
                gatewayProcess.awaitReady();
                GatewayTokens tokens = new GatewayTokens(SECRET); // as the gateway sends them: one per caller for 30 s
                Target direct = new Target(service.baseUrl() + "/api/v1/evidence/bulk", InternalIdentity.HEADER,
                        () -> tokens.tokenFor(TENANT, "evidence:write"));
                String key = tenantKey(gateway.baseUrl());
                Target viaGateway = new Target(gateway.baseUrl() + "/api/v1/evidence/bulk", "X-Api-Key", () -> key);
                List<String> controls = seedControls(kafka, direct);
                if (pgStats) {
                    StatementStats.reset(jdbcUrl);
                }
                run(viaGateway, direct, jdbcUrl, controls, records, rounds, project, new CpuMeter(postgres.getPort()));
                if (pgStats) {
                    System.out.println(StatementStats.top(jdbcUrl, 15));
                }
            } finally {
                gatewayProcess.stop();
                process.stop();
                kafka.stop();
            }
        }
    }

    /** Creates the bench tenant and an API key with evidence:write through the operator admin API. */
    private static String tenantKey(String gateway) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> tenant = http.send(admin(gateway + "/admin/v1/tenants",
                "{\"id\": \"" + TENANT + "\", \"name\": \"Bench\"}"), HttpResponse.BodyHandlers.ofString());
        if (tenant.statusCode() != 201) {
            throw new IllegalStateException("tenant not created: " + tenant.statusCode() + " " + tenant.body());
        }
        String issued = http.send(admin(gateway + "/admin/v1/tenants/" + TENANT + "/keys",
                "{\"name\": \"bench\", \"scopes\": [\"evidence:write\", \"evidence:read\"]}"),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = Pattern.compile("\"key\":\"(cwk_[^\"]+)\"").matcher(issued);
        if (!key.find()) {
            throw new IllegalStateException("no key issued: " + issued);
        }
        return key.group(1);
    }

    private static HttpRequest admin(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Admin-Key", OPERATOR).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static List<String> seedControls(KafkaBroker kafka, Target service) throws Exception {
        List<String> refs = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender(kafka.bootstrapServers())) {
            for (int i = 0; i < CONTROLS; i++) {
                UUID id = UUID.randomUUID();
                String ref = "BENCH-" + i;
                sender.send(Topics.CATALOG_EVENTS, TENANT, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                        {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "Bench control %d", "owner": "bench",
                         "frequency": "daily", "status": "active", "version": 0}""".formatted(id, TENANT, ref, i));
                refs.add(ref);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String probe = "[" + item(refs.getLast(), -1) + "]";
        for (int attempt = 0; attempt < 200; attempt++) {
            String body = post(http, service, probe);
            if (body.contains("\"created\":1")) {
                return refs;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("evidence-service never learned the bench controls");
    }

    /** CPU milliseconds of evidence-service, the gateway and PostgreSQL. */
    private record Cpu(double evidence, double gateway, double postgres) {
        static final Cpu NONE = new Cpu(0, 0, 0);

        Cpu plus(Cpu other) {
            return new Cpu(evidence + other.evidence, gateway + other.gateway, postgres + other.postgres);
        }

        Cpu minus(Cpu other) {
            return new Cpu(evidence - other.evidence, gateway - other.gateway, postgres - other.postgres);
        }
    }

    /** Reads the CPU the three server processes spent so far; empty when /proc is not there to read. */
    private static final class CpuMeter {
        private final Optional<ProcessHandle> evidence = ProcessCpu.child("evidence-service/target/quarkus-app");
        private final Optional<ProcessHandle> gateway = ProcessCpu.child("gateway/target/quarkus-app");
        private final Optional<ProcessHandle> postgres;

        /** With -DthreadCpu=true: evidence-service's CPU by thread name, per path, over the measured passes. */
        private final Map<String, Map<String, Double>> threadSpent = new HashMap<>();

        CpuMeter(int postgresPort) {
            postgres = ProcessCpu.postgres(postgresPort);
        }

        Map<String, Double> evidenceThreads() {
            return Boolean.getBoolean("threadCpu") && evidence.isPresent() ? ProcessCpu.byThreadName(evidence.get())
                    : Map.of();
        }

        /** The thread table, ms per 1,000 records, threads that spent at least 1 ms per 1,000 on some path. */
        String threadTable(double thousands) {
            if (threadSpent.isEmpty()) {
                return "";
            }
            List<String> paths = List.of("gateway", "direct");
            StringBuilder table = new StringBuilder("""

                    evidence-service CPU by thread, ms per 1,000 records (-DthreadCpu=true):

                    | thread | gateway | direct |
                    |---|---|---|
                    """);
            Set<String> names = new TreeSet<>();
            paths.forEach(p -> threadSpent.getOrDefault(p, Map.of()).forEach((name, ms) -> {
                if (ms / thousands >= 1) {
                    names.add(name);
                }
            }));
            for (String name : names) {
                table.append("| %s | %.1f | %.1f |%n".formatted(name,
                        threadSpent.getOrDefault("gateway", Map.of()).getOrDefault(name, 0.0) / thousands,
                        threadSpent.getOrDefault("direct", Map.of()).getOrDefault(name, 0.0) / thousands));
            }
            return table.toString();
        }

        Optional<Cpu> now() {
            if (evidence.isEmpty() || gateway.isEmpty() || postgres.isEmpty()) {
                return Optional.empty();
            }
            Optional<Double> e = ProcessCpu.millis(evidence.get(), false);
            Optional<Double> g = ProcessCpu.millis(gateway.get(), false);
            Optional<Double> p = ProcessCpu.millis(postgres.get(), true);
            return e.isPresent() && g.isPresent() && p.isPresent() ? Optional.of(new Cpu(e.get(), g.get(), p.get()))
                    : Optional.empty();
        }
    }

    /** One measured pass of a path: records/s, and (when known) the CPU it cost until its events were out. */
    private interface Pass {
        double run() throws Exception;
    }

    private static double measure(Pass pass, String jdbcUrl, CpuMeter meter, Map<String, Cpu> spent, String path)
            throws Exception {
        Optional<Cpu> before = meter.now();
        Map<String, Double> threadsBefore = meter.evidenceThreads();
        double perSecond = pass.run();
        // the relay's work for this pass is charged to it, and does not slow the next path down
        awaitRelayed(jdbcUrl);
        Optional<Cpu> after = meter.now();
        if (before.isPresent() && after.isPresent()) {
            spent.merge(path, after.get().minus(before.get()), Cpu::plus);
        }
        meter.evidenceThreads().forEach((name, ms) -> meter.threadSpent.computeIfAbsent(path, p -> new TreeMap<>())
                .merge(name, ms - threadsBefore.getOrDefault(name, 0.0), Double::sum));
        return perSecond;
    }

    /** Waits until the outbox relay published every event (not with -Drelay=false, where it never will). */
    private static void awaitRelayed(String jdbcUrl) throws Exception {
        if ("false".equals(System.getProperty("relay"))) {
            return;
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement q = c.prepareStatement("select count(*) from outbox_event where published_at is null")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the outbox relay did not catch up within 2 minutes");
    }

    private static void run(Target viaGateway, Target direct, String jdbcUrl, List<String> controls, int records,
                            int rounds, Path project, CpuMeter meter) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> gateway = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        // warm-up of every path (JIT compilation of the long-running services), not measured. After one pass
        // evidence-service's C2 compiler still took a third of its CPU in the measured rounds (-DthreadCpu=true,
        // 2026-11-29); after four, a fifth, and both API paths' ratios rose by 4-5 points
        int warmUps = Integer.getInteger("warmUps", 4);
        for (int pass = 0; pass < warmUps; pass++) {
            int seq = 200_000_000 + pass * 10_000_000;
            viaApi(http, viaGateway, controls, records, seq);
            viaApi(http, direct, controls, records, seq + 5_000_000);
            viaJdbc(jdbcUrl, controls, records);
            awaitRelayed(jdbcUrl);
        }
        Map<String, Cpu> spent = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
            int seq = round * 10_000_000;
            gateway.add(measure(() -> viaApi(http, viaGateway, controls, records, 100_000_000 + seq), jdbcUrl, meter,
                    spent, "gateway"));
            api.add(measure(() -> viaApi(http, direct, controls, records, seq), jdbcUrl, meter, spent, "direct"));
            jdbc.add(measure(() -> viaJdbc(jdbcUrl, controls, records), jdbcUrl, meter, spent, "jdbc"));
            System.out.printf(Locale.ROOT, "round %d: gateway %.0f records/s, direct %.0f records/s, jdbc %.0f records/s%n",
                    round, gateway.getLast(), api.getLast(), jdbc.getLast());
        }
        double gatewayMedian = median(gateway);
        double apiMedian = median(api);
        double jdbcMedian = median(jdbc);
        String table = """
                | path | records/s (median of %d rounds of %,d) | ratio / JDBC |
                |---|---|---|
                | bulk API through the gateway (API key, `POST /api/v1/evidence/bulk`, 500 per request, one client) | %,.0f | **%.0f%%** |
                | bulk API straight to evidence-service (signed internal identity, same requests) | %,.0f | %.0f%% |
                | raw JDBC batched insert, same rows and tables, 500 per commit (baseline) | %,.0f | 100%% |
                """.formatted(rounds, records, gatewayMedian, 100 * gatewayMedian / jdbcMedian, apiMedian,
                100 * apiMedian / jdbcMedian, jdbcMedian);
        // The machine may be shared: a round's three paths run close in time, so the ratio within a round
        // is steadier than the ratio of medians taken across rounds; both are reported.
        List<Double> gatewayRatios = new ArrayList<>();
        List<Double> directRatios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            gatewayRatios.add(100 * gateway.get(i) / jdbc.get(i));
            directRatios.add(100 * api.get(i) / jdbc.get(i));
        }
        table += """

                Median of the per-round ratios: gateway / JDBC **%.0f%%**, direct / JDBC %.0f%%
                """.formatted(median(gatewayRatios), median(directRatios));
        if (spent.size() == 3) {
            double thousands = rounds * records / 1000.0;
            StringBuilder cpu = new StringBuilder("""

                    CPU per 1,000 records (ms, all measured rounds, until the relay had published the pass's events):

                    | path | evidence-service | gateway | PostgreSQL (all backends) |
                    |---|---|---|---|
                    """);
            for (String path : List.of("gateway", "direct", "jdbc")) {
                Cpu c = spent.get(path);
                cpu.append("| %s | %.0f | %.0f | %.0f |%n".formatted(path, c.evidence() / thousands,
                        c.gateway() / thousands, c.postgres() / thousands));
            }
            table += cpu;
            table += meter.threadTable(thousands);
        }
        System.out.println();
        System.out.println(table);
        ResultsFile.append(project, "ingest", "Bulk ingest", machine() + "\n\n" + table + "\nrounds (records/s): gateway "
                + rounded(gateway) + ", direct " + rounded(api) + ", jdbc " + rounded(jdbc) + "\n");
    }

    private static double viaApi(HttpClient http, Target target, List<String> controls, int records,
                                 int offset) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < records; start += BATCH) {
            StringBuilder body = new StringBuilder("[");
            for (int i = start; i < Math.min(records, start + BATCH); i++) {
                body.append(i == start ? "" : ",").append(item(controls.get(i % controls.size()), offset + i));
            }
            bodies.add(body.append(']').toString());
        }
        long begin = System.nanoTime();
        for (String body : bodies) {
            String answer = post(http, target, body);
            if (!answer.contains("\"rejected\":0")) {
                throw new IllegalStateException("the API rejected bench items: " + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        return records / ((System.nanoTime() - begin) / 1e9);
    }

    private static double viaJdbc(String jdbcUrl, List<String> controls, int records) throws Exception {
        Map<String, UUID> controlIds = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement q = c.prepareStatement("select ref_code, control_id from known_control where tenant_id = ?")) {
            q.setString(1, TENANT);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    controlIds.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
        Timestamp collected = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Timestamp validUntil = Timestamp.from(Instant.now().plus(90, ChronoUnit.DAYS));
        long begin = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl + "&reWriteBatchedInserts=true", "postgres", "postgres");
             PreparedStatement evidence = c.prepareStatement("""
                     insert into evidence (id, tenant_id, kind, title, source_system, collected_at, valid_until, result,
                       metadata, submitter, review_status, created_at, request_fingerprint, version)
                     values (?, ?, 'automated_check', ?, 'bench', ?, ?, 'pass', cast(? as jsonb), 'bench', 'pending', now(), ?, 0)""");
             PreparedStatement link = c.prepareStatement(
                     "insert into evidence_control (evidence_id, tenant_id, control_id, ref_code) values (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < records; i++) {
                UUID id = UUID.randomUUID();
                String ref = controls.get(i % controls.size());
                evidence.setObject(1, id);
                evidence.setString(2, TENANT);
                evidence.setString(3, "Bench record " + i);
                evidence.setTimestamp(4, collected);
                evidence.setTimestamp(5, validUntil);
                evidence.setString(6, "{\"seq\": " + i + ", \"source\": \"bench\"}");
                evidence.setString(7, "0".repeat(64));
                evidence.addBatch();
                link.setObject(1, id);
                link.setString(2, TENANT);
                link.setObject(3, controlIds.get(ref));
                link.setString(4, ref);
                link.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == records) {
                    evidence.executeBatch();
                    link.executeBatch();
                    c.commit();
                }
            }
        }
        return records / ((System.nanoTime() - begin) / 1e9);
    }

    private static String item(String control, int seq) {
        return """
                {"controls":["%s"],"kind":"automated_check","title":"Bench record %d","sourceSystem":"bench",\
                "collectedAt":"%s","result":"pass","submitter":"bench","metadata":{"seq":%d,"source":"bench"}}"""
                .formatted(control, seq, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), seq);
    }

    private static String post(HttpClient http, Target target, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                .header("Content-Type", "application/json")
                .header(target.header(), target.credential().get())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bulk answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String machine() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + "; PostgreSQL 17 (embedded), evidence-service and gateway with -Xmx256m each.";
    }
}
