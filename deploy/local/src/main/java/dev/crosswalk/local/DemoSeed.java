package dev.crosswalk.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A starter control set for the demo tenant, posted through the public API once. */
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

    private DemoSeed() {
    }

    static void seed(String catalogUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int created = 0;
        for (String[] control : CONTROLS) {
            String body = """
                    {"refCode": "%s", "name": "%s", "owner": "%s", "frequency": "%s"}"""
                    .formatted(control[0], control[1], control[2], control[3]);
            HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUrl + "/api/v1/catalog/controls"))
                    .header("Content-Type", "application/json")
                    .header("X-Tenant-Id", TENANT)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 201) {
                created++;
            } else if (status != 409) {
                System.err.println("[local] seeding " + control[0] + " answered " + status);
            }
        }
        System.out.println("[local] demo tenant '" + TENANT + "': " + created + " controls created, "
                + (CONTROLS.length - created) + " already there");
    }
}
