package dev.crosswalk.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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

    private DemoSeed() {
    }

    static void seed(String catalogUrl, String evidenceUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int created = 0;
        for (String[] control : CONTROLS) {
            String body = """
                    {"refCode": "%s", "name": "%s", "owner": "%s", "frequency": "%s"}"""
                    .formatted(control[0], control[1], control[2], control[3]);
            int status = post(http, catalogUrl + "/api/v1/catalog/controls", body, null);
            if (status == 201) {
                created++;
            } else if (status != 409) {
                System.err.println("[local] seeding control " + control[0] + " answered " + status);
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + created + " controls created, "
                + (CONTROLS.length - created) + " already there");
        seedEvidence(http, evidenceUrl);
    }

    /** Evidence waits until evidence-service has read the controls from catalog.events. */
    private static void seedEvidence(HttpClient http, String evidenceUrl) throws IOException, InterruptedException {
        int recorded = 0;
        for (String[] item : EVIDENCE) {
            Instant collected = Instant.now().minus(Long.parseLong(item[4]), ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
            String body = """
                    {"controls": ["%s"], "kind": "%s", "title": "%s", "collectedAt": "%s", "result": "%s",
                     "sourceSystem": "demo-seed", "submitter": "local-stack"}"""
                    .formatted(item[0], item[1], item[2], collected, item[3]);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status;
            do {
                status = post(http, evidenceUrl + "/api/v1/evidence", body, "demo-seed-" + item[0] + "-" + collected);
                if (status == 422) {
                    Thread.sleep(300);
                }
            } while (status == 422 && System.nanoTime() < deadline);
            if (status == 201) {
                recorded++;
            } else {
                System.err.println("[local] seeding evidence for " + item[0] + " answered " + status);
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + recorded + " evidence records in place");
    }

    private static int post(HttpClient http, String url, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Tenant-Id", TENANT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
