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

/**
 * The demo tenant's control set and some evidence, posted through the public APIs once: the whole common control
 * library is adopted in one call (controls and their mappings to both frameworks), then evidence is recorded and
 * accepted for a few of its controls.
 */
final class DemoSeed {
    static final String TENANT = "demo";

    /** Library control, evidence kind, title, result, collected how many days ago. */
    private static final String[][] EVIDENCE = {
            {"GOV-01", "document", "Information security policy v3.2, board approval minutes", "pass", "180"},
            {"IAM-05", "attestation", "Q3 access review sign-off", "pass", "40"},
            {"BCP-04", "automated_check", "Nightly backup job succeeded", "pass", "1"},
            {"VULN-01", "automated_check", "Weekly vulnerability scan: 0 critical findings", "pass", "3"},
            {"HR-04", "document", "Awareness training completion report", "pass", "200"},
            {"AUD-02", "document", "ISMS management review minutes", "pass", "60"},
    };
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;
    private final String scriptKey;

    private DemoSeed(String apiKey, String scriptKey) {
        this.apiKey = apiKey;
        this.scriptKey = scriptKey;
    }

    /**
     * Seeds through the gateway as clients would: evidence posted with the integration script's key and accepted
     * with the demo tenant's own key (segregation of duties refuses an acceptance by the submitter).
     */
    static void seed(String gatewayUrl, String apiKey, String scriptKey) throws IOException, InterruptedException {
        new DemoSeed(apiKey, scriptKey).seedAll(gatewayUrl);
    }

    private void seedAll(String gatewayUrl) throws IOException, InterruptedException {
        HttpResponse<String> adopted = post(http, apiKey, gatewayUrl + "/api/v1/catalog/library/adoptions", "{\"all\": true}", null);
        if (adopted.statusCode() != 200) {
            System.err.println("[local] adopting the control library answered " + adopted.statusCode() + ": " + adopted.body());
        } else {
            int count = new com.fasterxml.jackson.databind.ObjectMapper().readTree(adopted.body()).path("created").size();
            System.out.println("[local] demo tenant '" + TENANT + "': the common control library adopted, " + count
                    + " controls created (mapped to ISO 27001 and SOC 2 by catalog.events)");
        }
        seedEvidence(http, gatewayUrl);
        new DemoIsmsSeed(http, gatewayUrl, apiKey).seed();
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
                answer = post(http, scriptKey, evidenceUrl + "/api/v1/evidence", body, "demo-seed-" + item[0] + "-" + collected);
                if (answer.statusCode() == 422) {
                    Thread.sleep(300);
                }
            } while (answer.statusCode() == 422 && System.nanoTime() < deadline);
            Matcher id = ID.matcher(answer.body());
            if (answer.statusCode() == 201 && id.find()) {
                HttpResponse<String> review = post(http, apiKey, evidenceUrl + "/api/v1/evidence/" + id.group(1) + "/review",
                        "{\"decision\": \"accepted\", \"reviewer\": \"demo-auditor\"}", null);
                if (review.statusCode() == 200) {
                    recorded++;
                } else {
                    System.err.println("[local] accepting evidence for " + item[0] + " answered " + review.statusCode());
                }
            } else {
                System.err.println("[local] seeding evidence for " + item[0] + " answered " + answer.statusCode());
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + recorded + " evidence records in place, accepted");
    }

    /**
     * The demo tenant's API key at the gateway (all scopes): the tenant and key are made once (a key is shown only
     * when issued), then kept under the data directory.
     */
    static String demoApiKey(String gatewayUrl, java.nio.file.Path dataDir) throws IOException, InterruptedException {
        return key(gatewayUrl, dataDir, LocalSecrets.DEMO_API_KEY_FILE, """
                {"name": "local demo", "scopes": ["catalog:read", "catalog:write", "evidence:read", "evidence:write",
                 "mappings:read", "mappings:write"]}""");
    }

    /** The key of the demo's integration script: it records evidence, as a CI pipeline would. */
    static String demoScriptKey(String gatewayUrl, java.nio.file.Path dataDir) throws IOException, InterruptedException {
        return key(gatewayUrl, dataDir, LocalSecrets.DEMO_SCRIPT_KEY_FILE, """
                {"name": "local demo integration script", "scopes": ["evidence:read", "evidence:write"]}""");
    }

    private static String key(String gatewayUrl, java.nio.file.Path dataDir, String fileName, String request)
            throws IOException, InterruptedException {
        java.nio.file.Path file = dataDir.resolve(fileName);
        if (java.nio.file.Files.exists(file)) {
            return java.nio.file.Files.readString(file).strip();
        }
        HttpClient http = HttpClient.newHttpClient();
        String operator = LocalSecrets.operatorKey(dataDir);
        // answers 409 once the tenant exists
        admin(http, gatewayUrl + "/admin/v1/tenants", operator, "{\"id\": \"" + TENANT + "\", \"name\": \"Demo company\"}");
        HttpResponse<String> issued = admin(http, gatewayUrl + "/admin/v1/tenants/" + TENANT + "/keys", operator, request);
        Matcher key = Pattern.compile("\"key\":\"(cwk_[^\"]+)\"").matcher(issued.body());
        if (issued.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("the gateway did not issue the key " + fileName + ": " + issued.statusCode());
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

    private static HttpResponse<String> post(HttpClient http, String key, String url, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
