package dev.crosswalk.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenAPI document for the whole suite: the paths and components of every routed service's
 * {@code /q/openapi}, with what the gateway adds ({@link SuiteContract}). A service that does not answer
 * is left out and named in {@code x-unavailable-services}.
 */
@ApplicationScoped
public class MergedOpenApi {
    private static final String DESCRIPTION = """
            SOC 2 / ISO 27001 cross-mapping: catalog, evidence and mappings behind one gateway. Errors are RFC 9457 \
            problem details (application/problem+json) with a stable type. Enumerated values are snake_case. \
            Every limit a request must keep (string lengths, array sizes, page sizes, body sizes) is stated here, \
            and is the limit enforced.""";

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper objectMapper;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The document for clients that reach the gateway at {@code serverUrl}. */
    public ObjectNode document(String serverUrl) {
        ObjectNode merged = objectMapper.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "Crosswalk API").put("version", "1.0")
                .put("description", DESCRIPTION).putObject("contact").put("name", "Crosswalk maintainers");
        merged.putObject("paths");
        merged.putObject("components").putObject("schemas");
        ArrayNode requirement = merged.putArray("security");
        requirement.addObject().putArray("apiKey");
        requirement.addObject().putArray("bearer");
        ArrayNode unavailable = objectMapper.createArrayNode();
        for (Map.Entry<String, String> route : new TreeMap<>(config.routes()).entrySet()) {
            JsonNode spec = fetch(route.getValue());
            if (spec == null) {
                unavailable.add(route.getKey());
                continue;
            }
            SpecMerger.add(merged, route.getKey(), spec);
        }
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable-services", unavailable);
        }
        SuiteContract.apply(merged, serverUrl, config.environment());
        return merged;
    }

    private JsonNode fetch(String baseUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? objectMapper.readTree(response.body()) : null;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }
}
