package dev.crosswalk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Report size (issue 8): coverage, SoA and SOC 2 report of a tenant with 1,000 controls and 1,000,000
 * evidence records, against the same requests for a small tenant (10 controls, 100 records) in the same
 * run. Controls come from catalog.events and mappings through the API; the evidence projection is
 * filled with COPY and its per-control summaries rebuilt (migration V5's function), as if the service had
 * consumed that many evidence events.
 * Options: -Dcontrols=1000 -Devidence=1000000 -Drequests=20
 */
public final class ReportSizeBenchmark {
    private static final String SECRET = "bench-only-internal-identity-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportSizeBenchmark() {
    }

    record Tenant(String id, List<UUID> controls) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int controls = Integer.getInteger("controls", 1000);
        int evidence = Integer.getInteger("evidence", 1_000_000);
        int requests = Integer.getInteger("requests", 20);
        Path work = Files.createTempDirectory("crosswalk-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            KafkaBroker kafka = KafkaBroker.onFreePorts().start();
            kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS, Topics.MAPPING_EVENTS);
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database mapping");
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/mapping";
            ServiceDefinition definition = new ServiceDefinition("mapping-service", KafkaBroker.freePort(), "mapping", "MAPPING");
            ServiceProcess service = new ServiceProcess(definition, project, work,
                    definition.environment(postgres.getPort(), kafka.bootstrapServers(), SECRET));
            service.start();
            try {
                service.awaitReady();
                String url = definition.baseUrl();
                Tenant small = seed(kafka, url, jdbcUrl, "small", 10, 100);
                Tenant big = seed(kafka, url, jdbcUrl, "big", controls, evidence);
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                List<String> reports = List.of("/api/v1/mappings/coverage?framework=iso27001:2022",
                        "/api/v1/mappings/coverage?framework=soc2-tsc:2017", "/api/v1/mappings/reports/soa",
                        "/api/v1/mappings/reports/soa?format=xlsx",
                        "/api/v1/mappings/reports/soc2?from=" + today.minusMonths(6) + "&to=" + today);
                System.out.println("| report | small p50 ms | big p50 ms | big p99 ms | big bytes | **big / small (p50)** |");
                System.out.println("|---|---|---|---|---|---|");
                for (String report : reports) {
                    String name = report.replace("/api/v1/mappings", "");
                    try {
                        long[] smallTimes = time(url + report, small.id(), requests);
                        long[] bigTimes = time(url + report, big.id(), requests);
                        long bytes = get(url + report, big.id()).body().length;
                        System.out.printf("| `%s` | %.1f | %.1f | %.1f | %,d | **%.1fx** |%n", name,
                                ms(pct(smallTimes, 50)), ms(pct(bigTimes, 50)), ms(pct(bigTimes, 99)), bytes,
                                (double) pct(bigTimes, 50) / pct(smallTimes, 50));
                    } catch (Exception e) {
                        System.out.printf("| `%s` | failed: %s |  |  |  |  |%n", name, e.getMessage());
                    }
                }
            } finally {
                service.stop();
                kafka.stop();
            }
        }
    }

    /** Controls through catalog.events, each mapped to one Annex A control and one criterion, then evidence by COPY. */
    private static Tenant seed(KafkaBroker kafka, String url, String jdbcUrl, String tenant, int controls, int records)
            throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender(kafka.bootstrapServers())) {
            for (int i = 0; i < controls; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                        {"id": "%s", "tenantId": "%s", "refCode": "C-%04d", "name": "Control %d", "owner": "o",
                         "frequency": "daily", "status": "active", "version": 0}""".formatted(id, tenant, i, i));
            }
        }
        List<String> annexA = refs(url, "iso27001:2022", "A.");
        List<String> criteria = refs(url, "soc2-tsc:2017", "");
        for (int from = 0; from < controls; from += 200) {
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < Math.min(controls, from + 200); i++) {
                body.append(i > from ? "," : "").append("""
                        {"control": "C-%04d", "requirements": [{"framework": "iso27001:2022", "ref": "%s"},
                         {"framework": "soc2-tsc:2017", "ref": "%s"}]}""".formatted(i, annexA.get(i % annexA.size()),
                        criteria.get(i % criteria.size())));
            }
            String items = body.append("]").toString();
            int last = Math.min(controls, from + 200) - 1;
            for (int attempt = 0; ; attempt++) {
                JsonNode result = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url + "/api/v1/mappings/control-mappings/bulk"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(items)), tenant));
                if (result.path("rejected").asInt(-1) == 0) {
                    break;
                }
                if (attempt > 300) {
                    throw new IllegalStateException("mappings of " + tenant + " up to C-" + last + " refused: " + result);
                }
                Thread.sleep(200);
            }
        }
        copyEvidence(jdbcUrl, tenant, ids, records);
        System.out.printf("[bench] tenant %s: %,d controls, %,d evidence records%n", tenant, controls, records);
        return new Tenant(tenant, ids);
    }

    private static List<String> refs(String url, String framework, String prefix) throws Exception {
        JsonNode coverage = JSON.readTree(get(url + "/api/v1/mappings/coverage?framework=" + framework, "small").body());
        List<String> refs = new ArrayList<>();
        coverage.path("requirements").forEach(r -> {
            if (r.path("ref").asText().startsWith(prefix)) {
                refs.add(r.path("ref").asText());
            }
        });
        return refs;
    }

    /**
     * Accepted, passing, fresh records spread evenly over the controls, collected over the last 30 days, with
     * their links as the projection writes them; then the per-control summaries are rebuilt from them.
     */
    private static void copyEvidence(String jdbcUrl, String tenant, List<UUID> controls, int records) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            Instant now = Instant.now();
            int chunk = 100_000;
            for (int from = 0; from < records; from += chunk) {
                StringBuilder states = new StringBuilder();
                StringBuilder links = new StringBuilder();
                for (int i = from; i < Math.min(records, from + chunk); i++) {
                    UUID id = UUID.randomUUID();
                    Instant collected = now.minus(i % (30 * 24), ChronoUnit.HOURS);
                    states.append(tenant).append(',').append(id).append(",pass,accepted,").append(collected).append(',')
                            .append(now.plus(60, ChronoUnit.DAYS)).append(",false,false,1,true,true\n");
                    links.append(tenant).append(',').append(id).append(',').append(controls.get(i % controls.size()))
                            .append(",pass,").append(collected).append(',').append(now.plus(60, ChronoUnit.DAYS))
                            .append(",true,true\n");
                }
                copy.copyIn("copy evidence_state (tenant_id, evidence_id, result, review_status, collected_at, valid_until,"
                        + " expired, superseded, version, counts, reportable) from stdin with (format csv)", new StringReader(states.toString()));
                copy.copyIn("copy evidence_state_control (tenant_id, evidence_id, control_id, result, collected_at,"
                        + " valid_until, counts, reportable) from stdin with (format csv)", new StringReader(links.toString()));
            }
            // the per-control summaries the projection keeps per event, built once for the copied records
            try (Statement s = c.createStatement()) {
                s.execute("select rebuild_evidence_summaries('" + tenant + "')");
            }
        }
    }

    private static long[] time(String url, String tenant, int requests) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(url, tenant);
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = get(url, tenant);
            times[i] = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode());
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<byte[]> get(String url, String tenant) throws Exception {
        return HTTP.send(identity(HttpRequest.newBuilder(URI.create(url)), tenant).timeout(java.time.Duration.ofSeconds(120))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String send(HttpRequest.Builder request, String tenant) throws Exception {
        return HTTP.send(identity(request, tenant).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest.Builder identity(HttpRequest.Builder request, String tenant) {
        return request.header(InternalIdentity.HEADER, InternalIdentity.sign(SECRET, tenant, "bench",
                List.of("mappings:read", "mappings:write")));
    }
}
