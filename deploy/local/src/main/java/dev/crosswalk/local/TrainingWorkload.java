package dev.crosswalk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The request mix a training run sends through the gateway, as the suite's users do: integration scripts posting
 * evidence one by one and in bulk, people accepting it, dashboards reading coverage, gaps and the crosswalk, and
 * auditors' documents (SoA and SOC 2 report as JSON, XLSX and PDF, the change log, the trail). Some requests are
 * bad on purpose, so that the problem answers are trained too. Every answer's status is counted.
 */
final class TrainingWorkload {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTROLS = List.of("GOV-01", "IAM-05", "BCP-04", "VULN-01", "HR-04", "AUD-02");
    private static final String ISO = "iso27001:2022";
    private static final String SOC2 = "soc2-tsc:2017";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gatewayUrl;
    private final String apiKey;
    private final String scriptKey;
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();

    TrainingWorkload(String gatewayUrl, String apiKey, String scriptKey) {
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.scriptKey = scriptKey;
    }

    /** Rounds of the mix until {@code duration} has passed; answers how many requests were sent. */
    int run(Duration duration) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        int round = 0;
        do {
            round(round++);
        } while (System.nanoTime() < deadline);
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The answers' statuses by class, e.g. {@code 2xx=812, 4xx=40}. */
    String statusSummary() {
        return statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Requests answered 4xx or 5xx, by status, method and path (ids and query left out). */
    String refusedSummary() {
        return refused.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining("; "));
    }

    int serverErrors() {
        return statuses.getOrDefault("5xx", 0);
    }

    private void round(int round) throws IOException, InterruptedException {
        String control = CONTROLS.get(round % CONTROLS.size());
        HttpResponse<String> created = send("POST", scriptKey, "/api/v1/evidence", evidence(control, round), "training-" + UUID.randomUUID());
        if (created.statusCode() == 201) {
            String id = JSON.readTree(created.body()).path("id").asText();
            send("POST", apiKey, "/api/v1/evidence/" + id + "/review", "{\"decision\": \"accepted\"}", null);
            send("GET", apiKey, "/api/v1/mappings/evidence/" + id + "/satisfies", null, null);
            send("GET", apiKey, "/api/v1/evidence/" + id, null, null);
        }
        send("POST", scriptKey, "/api/v1/evidence/bulk", IntStream.range(0, 50)
                .mapToObj(i -> evidence(CONTROLS.get(i % CONTROLS.size()), round * 100 + i))
                .collect(Collectors.joining(",", "[", "]")), null);
        send("POST", scriptKey, "/api/v1/evidence", "{\"controls\": [], \"kind\": \"nonsense\"}", null);
        send("GET", apiKey, "/api/v1/evidence?size=50", null, null);
        for (String framework : List.of(ISO, SOC2)) {
            send("GET", apiKey, "/api/v1/mappings/coverage?framework=" + framework, null, null);
            send("GET", apiKey, "/api/v1/mappings/gaps?framework=" + framework, null, null);
        }
        send("GET", apiKey, "/api/v1/mappings/coverage?framework=unknown", null, null);
        send("GET", apiKey, "/api/v1/catalog/controls?size=200", null, null);
        send("GET", apiKey, "/api/v1/catalog/applicability", null, null);
        send("GET", apiKey, "/api/v1/catalog/risks", null, null);
        send("GET", apiKey, "/api/v1/mappings/crosswalks", null, null);
        if (round % 5 == 0) {
            documents();
        }
    }

    /** The heavier reads, less often: the auditor's documents and records. */
    private void documents() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now();
        for (String format : List.of("json", "xlsx", "pdf")) {
            send("GET", apiKey, "/api/v1/mappings/reports/soa?format=" + format, null, null);
            send("GET", apiKey, "/api/v1/mappings/reports/soc2?from=" + today.minusDays(90) + "&to=" + today
                    + "&format=" + format, null, null);
        }
        send("GET", apiKey, "/api/v1/mappings/reports/gaps?framework=" + ISO + "&format=csv", null, null);
        for (String service : List.of("catalog", "evidence", "mappings")) {
            send("GET", apiKey, "/api/v1/" + service + "/change-log", null, null);
            send("GET", apiKey, "/api/v1/" + service + "/trail/verify", null, null);
        }
        send("GET", apiKey, "/api/v1/evidence/trail/checkpoint", null, null);
        JsonNode crosswalks = JSON.readTree(send("GET", apiKey, "/api/v1/mappings/crosswalks", null, null).body());
        JsonNode first = crosswalks.isArray() ? crosswalks.path(0) : crosswalks.path("items").path(0);
        if (first.hasNonNull("id")) {
            send("GET", apiKey, "/api/v1/mappings/crosswalks/" + first.path("id").asText() + "/links", null, null);
            send("GET", apiKey, "/api/v1/mappings/crosswalks/" + first.path("id").asText() + "/export", null, null);
        }
    }

    private static String evidence(String control, int seq) {
        return """
                {"controls": ["%s"], "kind": "automated_check", "title": "Training record %d", "sourceSystem": "aot-training",
                 "collectedAt": "%s", "result": "pass", "metadata": {"seq": %d}}"""
                .formatted(control, seq, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), seq);
    }

    private HttpResponse<String> send(String method, String key, String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .header("X-Api-Key", key).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(answer.statusCode() / 100 + "xx", 1, Integer::sum);
        if (answer.statusCode() >= 400) {
            refused.merge(answer.statusCode() + " " + method + " " + path.replaceAll("\\?.*", "")
                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), 1, Integer::sum);
        }
        return answer;
    }
}
