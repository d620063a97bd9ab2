package dev.crosswalk.bench.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.identity.InternalIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Calls a service of the drill stack straight, with an identity signed as the gateway would sign it. */
final class DrillApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_SCOPES = List.of("catalog:read", "catalog:write", "evidence:read",
            "evidence:write", "mappings:read", "mappings:write");

    private DrillApi() {
    }

    static String tenantToken(String tenant) {
        return InternalIdentity.sign(DrillStack.SECRET, tenant, "drill", ALL_SCOPES);
    }

    static String operatorToken() {
        return InternalIdentity.sign(DrillStack.SECRET, "_operator", "drill-operator", List.of(InternalIdentity.OPERATOR_SCOPE));
    }

    static JsonNode get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    static JsonNode post(String url, String token, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static JsonNode send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> answer = HTTP.send(request.header(InternalIdentity.HEADER, token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
