package dev.crosswalk.bench.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.identity.InternalIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Reads a requirement's evidence count from mapping-service's coverage, as a tenant sees it. */
public final class CoverageProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String mappingUrl;
    private final String secret;

    public CoverageProbe(String mappingUrl, String secret) {
        this.mappingUrl = mappingUrl;
        this.secret = secret;
    }

    /** The requirement's {@code evidenceCount}, or -1 when the framework's coverage does not list it. */
    public int evidenceCount(String tenant, String framework, String ref) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(mappingUrl + "/api/v1/mappings/coverage?framework=" + framework))
                .header(InternalIdentity.HEADER, InternalIdentity.sign(secret, tenant, "drill", List.of("mappings:read")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("coverage of " + tenant + " answered " + answer.statusCode());
        }
        for (JsonNode requirement : JSON.readTree(answer.body()).path("requirements")) {
            if (ref.equals(requirement.path("ref").asText())) {
                return requirement.path("evidenceCount").asInt(-1);
            }
        }
        return -1;
    }
}
