package dev.crosswalk.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A starter control set and some evidence for the demo tenant, posted through the public APIs once. */
final class DemoSeed {
    static final String TENANT = "demo";

    private static final String[][] CONTROLS = {
            {"GOV-01", "Information security policy approved and reviewed yearly", "ciso", "annual"},
            {"IAM-01", "Quarterly user access review", "it-security", "quarterly"},
            {"IAM-02", "Joiner-mover-leaver access changes within one business day", "it-operations", "event_driven"},
            {"OPS-01", "Daily backups with a monthly restore test", "platform-team", "daily"},
            {"OPS-02", "Vulnerability scanning of production hosts", "platform-team", "weekly"},
            {"HR-01", "Security awareness training for all staff", "people-team", "annual"},
            {"IR-01", "Incident response plan tested yearly", "ciso", "annual"},
            {"VEN-01", "Supplier security review before onboarding", "procurement", "event_driven"},
    };

    private static final String[][] EVIDENCE = {
            {"GOV-01", "document", "Information security policy v3.2, board approval minutes", "pass", "180"},
            {"IAM-01", "attestation", "Q3 access review sign-off", "pass", "40"},
            {"OPS-01", "automated_check", "Nightly backup job succeeded", "pass", "1"},
            {"OPS-02", "automated_check", "Weekly vulnerability scan: 0 critical findings", "pass", "3"},
            {"HR-01", "document", "Awareness training completion report", "pass", "200"},
    };

    /** Each demo control mapped once to ISO 27001:2022 and SOC 2 requirements. */
    private static final String[][] MAPPINGS = {
            {"GOV-01", "iso27001:2022 A.5.1", "soc2-tsc:2017 CC5.3"},
            {"IAM-01", "iso27001:2022 A.5.15", "iso27001:2022 A.5.18", "soc2-tsc:2017 CC6.1", "soc2-tsc:2017 CC6.2",
                    "soc2-tsc:2017 CC6.3"},
            {"IAM-02", "iso27001:2022 A.5.16", "soc2-tsc:2017 CC6.2"},
            {"OPS-01", "iso27001:2022 A.8.13", "soc2-tsc:2017 A1.2", "soc2-tsc:2017 A1.3"},
            {"OPS-02", "iso27001:2022 A.8.8", "soc2-tsc:2017 CC7.1"},
            {"HR-01", "iso27001:2022 A.6.3", "soc2-tsc:2017 CC1.4", "soc2-tsc:2017 CC2.2"},
            {"IR-01", "iso27001:2022 A.5.24", "iso27001:2022 A.5.26", "soc2-tsc:2017 CC7.3", "soc2-tsc:2017 CC7.4"},
            {"VEN-01", "iso27001:2022 A.5.19", "iso27001:2022 A.5.21", "soc2-tsc:2017 CC9.2"},
    };
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    private DemoSeed(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Seeds through the gateway with the demo tenant's key, as any client would. */
    static void seed(String gatewayUrl, String apiKey) throws IOException, InterruptedException {
        new DemoSeed(apiKey).seedAll(gatewayUrl);
    }

    private void seedAll(String gatewayUrl) throws IOException, InterruptedException {
        String catalogUrl = gatewayUrl;
        String evidenceUrl = gatewayUrl;
        String mappingUrl = gatewayUrl;
        int created = 0;
        for (String[] control : CONTROLS) {
            String body = """
                    {"refCode": "%s", "name": "%s", "owner": "%s", "frequency": "%s"}"""
                    .formatted(control[0], control[1], control[2], control[3]);
            int status = post(http, catalogUrl + "/api/v1/catalog/controls", body, null).statusCode();
            if (status == 201) {
                created++;
            } else if (status != 409) {
                System.err.println("[local] seeding control " + control[0] + " answered " + status);
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + created + " controls created, "
                + (CONTROLS.length - created) + " already there");
        seedMappings(http, mappingUrl);
        seedEvidence(http, evidenceUrl);
        new DemoIsmsSeed(http, gatewayUrl, apiKey).seed();
    }

    /** Mappings wait until mapping-service has read the controls from catalog.events. */
    private void seedMappings(HttpClient http, String mappingUrl) throws IOException, InterruptedException {
        int mapped = 0;
        for (String[] mapping : MAPPINGS) {
            StringBuilder body = new StringBuilder("{\"requirements\": [");
            for (int i = 1; i < mapping.length; i++) {
                String[] target = mapping[i].split(" ");
                body.append(i > 1 ? ", " : "").append("{\"framework\": \"").append(target[0])
                        .append("\", \"ref\": \"").append(target[1]).append("\"}");
            }
            body.append("]}");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status;
            do {
                HttpRequest request = HttpRequest.newBuilder(URI.create(mappingUrl + "/api/v1/mappings/controls/" + mapping[0]))
                        .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                        .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 404) {
                    Thread.sleep(300);
                }
            } while (status == 404 && System.nanoTime() < deadline);
            if (status == 200) {
                mapped++;
            } else {
                System.err.println("[local] mapping " + mapping[0] + " answered " + status);
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + mapped + " controls mapped to both frameworks");
    }

    /** Evidence waits until evidence-service has read the controls from catalog.events. */
    private void seedEvidence(HttpClient http, String evidenceUrl) throws IOException, InterruptedException {
        int recorded = 0;
        for (String[] item : EVIDENCE) {
            Instant collected = Instant.now().minus(Long.parseLong(item[4]), ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
            String body = """
                    {"controls": ["%s"], "kind": "%s", "title": "%s", "collectedAt": "%s", "result": "%s",
                     "sourceSystem": "demo-seed", "submitter": "local-stack"}"""
                    .formatted(item[0], item[1], item[2], collected, item[3]);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            HttpResponse<String> answer;
            do {
                answer = post(http, evidenceUrl + "/api/v1/evidence", body, "demo-seed-" + item[0] + "-" + collected);
                if (answer.statusCode() == 422) {
                    Thread.sleep(300);
                }
            } while (answer.statusCode() == 422 && System.nanoTime() < deadline);
            Matcher id = ID.matcher(answer.body());
            if (answer.statusCode() == 201 && id.find()) {
                recorded++;
                post(http, evidenceUrl + "/api/v1/evidence/" + id.group(1) + "/review",
                        "{\"decision\": \"accepted\", \"reviewer\": \"demo-auditor\"}", null);
            } else {
                System.err.println("[local] seeding evidence for " + item[0] + " answered " + answer.statusCode());
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + recorded + " evidence records in place, accepted");
    }

    /**
     * The demo tenant's API key at the gateway: the tenant and key are made once (a key is shown only
     * when issued), then kept under the data directory.
     */
    static String demoApiKey(String gatewayUrl, java.nio.file.Path dataDir) throws IOException, InterruptedException {
        java.nio.file.Path file = dataDir.resolve(LocalSecrets.DEMO_API_KEY_FILE);
        if (java.nio.file.Files.exists(file)) {
            return java.nio.file.Files.readString(file).strip();
        }
        HttpClient http = HttpClient.newHttpClient();
        String operator = LocalSecrets.operatorKey(dataDir);
        admin(http, gatewayUrl + "/admin/v1/tenants", operator, "{\"id\": \"" + TENANT + "\", \"name\": \"Demo company\"}");
        HttpResponse<String> issued = admin(http, gatewayUrl + "/admin/v1/tenants/" + TENANT + "/keys", operator, """
                {"name": "local demo", "scopes": ["catalog:read", "catalog:write", "evidence:read", "evidence:write",
                 "mappings:read", "mappings:write"]}""");
        Matcher key = Pattern.compile("\"key\":\"(cwk_[^\"]+)\"").matcher(issued.body());
        if (issued.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("the gateway did not issue the demo key: " + issued.statusCode());
        }
        java.nio.file.Files.writeString(file, key.group(1));
        return key.group(1);
    }

    private static HttpResponse<String> admin(HttpClient http, String url, String operator, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Admin-Key", operator).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String url, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
