package dev.crosswalk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's risk register and Statement of Applicability decisions, so its SoA has content:
 * four risks treated by controls adopted from the library, every Annex A control decided (two excluded with a
 * justification). Seeded once: skipped when the tenant has risks already.
 */
final class DemoIsmsSeed {
    /** title, owner, likelihood, impact, residual likelihood, residual impact, treatment, controls, Annex A controls it drives. */
    private static final Object[][] RISKS = {
            {"Former staff keep access to production systems", "it-security", 4, 5, 2, 3, "mitigate",
                    List.of("IAM-04", "IAM-05"), List.of("A.5.15", "A.5.16", "A.5.18", "A.8.2")},
            {"Ransomware encrypts customer data and its backups", "platform-team", 3, 5, 2, 4, "mitigate",
                    List.of("OPS-02", "BCP-04"), List.of("A.8.7", "A.8.8", "A.8.13")},
            {"A supplier's breach exposes customer data", "procurement", 3, 4, 2, 4, "transfer",
                    List.of("VEND-01"), List.of("A.5.19", "A.5.20", "A.5.21")},
            {"Staff fall for phishing and leak credentials", "people-team", 4, 3, 2, 2, "mitigate",
                    List.of("HR-04", "INC-01"), List.of("A.6.3", "A.5.24", "A.5.26")},
    };
    private static final Map<String, String> EXCLUDED = Map.of(
            "A.7.4", "Fully remote company: no premises of our own to monitor; hosting is covered by the cloud provider's SOC 2 report",
            "A.7.6", "No secure areas of our own; the cloud provider's data centres are out of scope (carve-out)");

    private final HttpClient http;
    private final String gatewayUrl;
    private final String apiKey;
    private final ObjectMapper json = new ObjectMapper();

    DemoIsmsSeed(HttpClient http, String gatewayUrl, String apiKey) {
        this.http = http;
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
    }

    void seed() throws IOException, InterruptedException {
        if (call("GET", "/api/v1/catalog/risks", null).path("totalItems").asLong() > 0) {
            System.out.println("[local] demo tenant '" + DemoSeed.TENANT + "': risk register already there");
            return;
        }
        Map<String, String> controlIds = new HashMap<>();
        for (JsonNode control : call("GET", "/api/v1/catalog/controls?size=200", null).path("items")) {
            controlIds.put(control.path("refCode").asText(), control.path("id").asText());
        }
        Map<String, String> riskOf = new HashMap<>();
        for (Object[] risk : RISKS) {
            ObjectNode body = json.createObjectNode().put("title", (String) risk[0]).put("owner", (String) risk[1])
                    .put("likelihood", (int) risk[2]).put("impact", (int) risk[3])
                    .put("residualLikelihood", (int) risk[4]).put("residualImpact", (int) risk[5])
                    .put("treatment", (String) risk[6]);
            ArrayNode controls = body.putArray("controlIds");
            ((List<?>) risk[7]).forEach(ref -> controls.add(controlIds.get((String) ref)));
            String id = call("POST", "/api/v1/catalog/risks", body).path("id").asText();
            ((List<?>) risk[8]).forEach(ref -> riskOf.put((String) ref, id));
        }
        ArrayNode decisions = json.createObjectNode().putArray("decisions");
        for (JsonNode control : call("GET", "/api/v1/catalog/applicability", null).path("items")) {
            String ref = control.path("requirementId").asText();
            ObjectNode decision = decisions.addObject().put("requirementId", ref).put("decidedBy", "ciso");
            if (EXCLUDED.containsKey(ref)) {
                decision.put("applicable", false).put("justification", EXCLUDED.get(ref));
            } else if (riskOf.containsKey(ref)) {
                decision.put("applicable", true).putArray("reasons").add("risk_treatment");
                decision.putArray("riskIds").add(riskOf.get(ref));
            } else {
                decision.put("applicable", true).put("justification", "Part of the baseline every customer contract expects")
                        .putArray("reasons").add("contractual").add("best_practice");
            }
        }
        call("PUT", "/api/v1/catalog/applicability", (ObjectNode) json.createObjectNode().set("decisions", decisions));
        System.out.println("[local] demo tenant '" + DemoSeed.TENANT + "': " + RISKS.length + " risks and "
                + decisions.size() + " applicability decisions (" + EXCLUDED.size() + " excluded)");
    }

    private JsonNode call(String method, String path, ObjectNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body());
    }
}
