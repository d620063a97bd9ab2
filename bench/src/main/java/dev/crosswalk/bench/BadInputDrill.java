package dev.crosswalk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fault drill (issue 8): a corpus of bad input against every operation of the merged OpenAPI document,
 * through the gateway of a running local stack with the demo key. Passes when no answer is a 5xx and
 * every error answer is {@code application/problem+json}.
 * Usage: start {@code deploy/local/start}, then {@code bench/run-bad-input [gatewayUrl]}.
 */
public final class BadInputDrill {
    private static final String LONG = "x".repeat(10_000);
    /** Values for path and query parameters: unknown, malformed, injection, huge, negative, control characters. */
    private static final List<String> BAD_VALUES = List.of("00000000-0000-0000-0000-000000000000", "not-an-id",
            "' OR '1'='1' --", "<script>alert(1)</script>", "../../etc/passwd", "-1", "99999999999999999999",
            "1e309", "%00", "\u0000", "\uD83D\uDE00", LONG, "", " ");
    /** Request bodies: malformed JSON, wrong types, nulls, deep nesting, huge strings, invalid UTF-8. */
    private static final List<byte[]> BAD_BODIES = List.of(
            bytes("{\"a\":"), bytes("not json"), bytes("[]"), bytes("\"text\""), bytes("123"), bytes("null"),
            bytes("{}"), bytes("{\"name\": 123, \"refCode\": [], \"controls\": \"x\", \"applicable\": \"maybe\","
                    + " \"requirements\": {}, \"likelihood\": -5, \"collectedAt\": \"yesterday\"}"),
            bytes("{\"name\": \"a\\u0000b\", \"title\": \"a\\u0000b\", \"refCode\": \"a\\u0000b\", \"takenBy\": \"a\\u0000b\"}"),
            bytes("{\"name\": \"" + LONG + "\", \"title\": \"" + LONG + "\", \"refCode\": \"" + LONG + "\"}"),
            bytes("[".repeat(5_000) + "]".repeat(5_000)),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            bytes("{\"decisions\": [" + "{},".repeat(2_000) + "{}]}"),
            new byte[3 * 1024 * 1024]);

    private BadInputDrill() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = Files.readString(Path.of(args.length > 1 ? args[1] : ".local/demo-api-key")).strip();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode spec = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(gateway + "/openapi/suite.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                for (Probe probe : probes(path.getKey(), method, operation.getValue())) {
                    HttpResponse<String> answer;
                    sent++;
                    try {
                        answer = send(http, gateway, key, probe);
                    } catch (java.io.IOException e) {
                        byStatus.merge("no answer", 1, Integer::sum);
                        failures.add("no answer (" + e.getMessage() + ") <- " + probe);
                        continue;
                    }
                    byStatus.merge(answer.statusCode() / 100 + "xx", 1, Integer::sum);
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    boolean bad = answer.statusCode() >= 500
                            || (answer.statusCode() >= 400 && !type.startsWith("application/problem+json"));
                    if (bad) {
                        failures.add(answer.statusCode() + " " + type + " <- " + probe);
                    }
                }
            }
        }
        System.out.println("| requests | 2xx | 3xx | 4xx | 5xx | no answer | failures (5xx, no answer, error not problem+json) |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf("| %d | %d | %d | %d | %d | %d | %d |%n", sent, byStatus.getOrDefault("2xx", 0),
                byStatus.getOrDefault("3xx", 0), byStatus.getOrDefault("4xx", 0), byStatus.getOrDefault("5xx", 0),
                byStatus.getOrDefault("no answer", 0), failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("[bad-input] " + f));
        System.out.println(failures.isEmpty() ? "[bad-input] PASS" : "[bad-input] FAIL");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    record Probe(String method, String path, byte[] body, String what) {
        @Override
        public String toString() {
            String shown = path.length() > 120 ? path.substring(0, 120) + "..." : path;
            return method + " " + shown + " (" + what + ")";
        }
    }

    /** The bad requests for one operation: each path and query parameter bad in turn, then each bad body. */
    private static List<Probe> probes(String template, String method, JsonNode operation) {
        List<Probe> probes = new ArrayList<>();
        String good = template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        boolean hasBody = !operation.path("requestBody").isMissingNode();
        for (String value : BAD_VALUES) {
            if (template.contains("{")) {
                probes.add(new Probe(method, template.replaceAll("\\{[^}]+}", encode(value)), hasBody ? bytes("{}") : null,
                        "path parameter " + describe(value)));
            }
            List<String> names = new ArrayList<>();
            operation.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            // a huge value goes into one parameter at a time, so each probe stays one oversized value
            List<List<String>> groups = value.equals(LONG) ? names.stream().map(List::of).toList() : List.of(names);
            for (List<String> group : groups) {
                if (group.isEmpty()) {
                    continue;
                }
                String query = String.join("&", group.stream().map(n -> n + "=" + encode(value)).toList());
                probes.add(new Probe(method, good + "?" + query, hasBody ? bytes("{}") : null,
                        "query parameter(s) " + group + " " + describe(value)));
            }
        }
        if (hasBody) {
            for (byte[] body : BAD_BODIES) {
                probes.add(new Probe(method, good, body, "body of " + body.length + " bytes"));
            }
        }
        return probes;
    }

    private static HttpResponse<String> send(HttpClient http, String gateway, String key, Probe probe) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + probe.path()))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", key).header("Content-Type", "application/json")
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(String value) {
        return value.length() > 40 ? value.length() + " characters" : "'" + value.replace("\u0000", "\\0") + "'";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
