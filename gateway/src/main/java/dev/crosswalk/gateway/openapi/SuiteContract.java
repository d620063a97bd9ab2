package dev.crosswalk.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.gateway.proxy.QuotaHeaders;
import dev.crosswalk.gateway.proxy.ServiceProxy;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway adds to the merged document, because it happens at the gateway: where to send requests,
 * how to authenticate, the rate limit (429 and the {@code RateLimit-*} headers on every answer a caller was
 * counted for), CORS ({@code Access-Control-Allow-Origin} on every answer to a configured browser origin), the
 * URI limit (414, and the most a string parameter can be), and operation ids that stay unique when two
 * services publish the same operation (their outbox and restatement endpoints).
 */
final class SuiteContract {
    private static final String RESPONSES = "#/components/responses/";
    private static final String CORS_ORIGIN = "Access-Control-Allow-Origin";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final List<String> QUOTA_HEADERS = List.of(QuotaHeaders.LIMIT, QuotaHeaders.REMAINING, QuotaHeaders.RESET);

    private SuiteContract() {
    }

    static void apply(ObjectNode merged, String serverUrl, String environment) {
        merged.putArray("servers").addObject().put("url", serverUrl).put("x-internal", false)
                .put("description", "The " + environment + " gateway: the one address clients use; it routes to every service");
        ObjectNode components = merged.withObject("/components");
        addSecuritySchemes(components.withObject("/securitySchemes"));
        addGatewayProblems(components);
        ObjectNode headers = components.withObject("/headers");
        headers.set(QuotaHeaders.LIMIT, header("Requests per minute this credential may make", 1));
        headers.set(QuotaHeaders.REMAINING, header("Requests left now", 0));
        headers.set(QuotaHeaders.RESET, header("Seconds until the full quota is back", 0));
        headers.putObject(CORS_ORIGIN).put("description", "The caller's Origin, when it is one of the gateway's "
                + "configured CORS origins (a browser client)").putObject("schema").put("type", "string").put("maxLength", 2000);
        components.path("responses").fields().forEachRemaining(response -> {
            addHeader((ObjectNode) response.getValue(), CORS_ORIGIN);
            if (counted(response.getKey())) {
                addQuotaHeaders((ObjectNode) response.getValue());
            }
        });
        Map<String, Integer> idCounts = new HashMap<>();
        operations(merged).forEach(operation -> idCounts.merge(operation.node().path("operationId").asText(), 1, Integer::sum));
        operations(merged).forEach(entry -> {
            ObjectNode operation = entry.node();
            String path = entry.path();
            ObjectNode responses = operation.withObject("/responses");
            responses.putIfAbsent("414", ref(ProblemType.URI_TOO_LONG));
            responses.putIfAbsent("429", ref(ProblemType.TOO_MANY_REQUESTS));
            responses.fields().forEachRemaining(response -> {
                if (response.getValue().has("$ref")) {
                    return;
                }
                addHeader((ObjectNode) response.getValue(), CORS_ORIGIN);
                if (response.getKey().matches("[24]\\d\\d")) {
                    addQuotaHeaders((ObjectNode) response.getValue());
                }
            });
            operation.path("parameters").forEach(SuiteContract::limitToUri);
            String id = operation.path("operationId").asText();
            if (idCounts.getOrDefault(id, 0) > 1) {
                operation.put("operationId", path.split("/")[3] + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
        });
    }

    /** One operation of a document: its method, its path and its node. */
    record Operation(String method, String path, ObjectNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Each operation of the document. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(item -> item.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                operations.add(new Operation(entry.getKey(), item.getKey(), operation));
            }
        }));
        return operations;
    }

    private static void addSecuritySchemes(ObjectNode schemes) {
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-Api-Key")
                .put("description", "A tenant's API key, issued by the operator with its scopes; shown once when issued");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A JWT from the tenant's identity provider, verified as RFC8725 (JSON Web Token Best "
                        + "Current Practices) asks: RS256 only, the algorithm never taken from the token; issuer and "
                        + "expiry checked, audience too where the gateway is configured with one; the tenant claim names "
                        + "the tenant");
    }

    private static void addGatewayProblems(ObjectNode components) {
        ObjectNode responses = components.withObject("/responses");
        for (ProblemType type : List.of(ProblemType.URI_TOO_LONG, ProblemType.TOO_MANY_REQUESTS)) {
            ObjectNode response = responses.putObject(ProblemDocumentation.name(type)).put("description", type.title());
            response.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        responses.withObject("/" + ProblemDocumentation.name(ProblemType.TOO_MANY_REQUESTS)).withObject("/headers")
                .putObject("Retry-After").put("description", "Seconds until the next request may pass")
                .putObject("schema").put("type", "integer").put("format", "int64").put("minimum", 1)
                .put("maximum", 60);
    }

    /** Every answer but 401: a caller without a valid credential has no quota to tell. */
    private static boolean counted(String responseName) {
        return !responseName.equals(ProblemDocumentation.name(ProblemType.UNAUTHENTICATED));
    }

    private static void addQuotaHeaders(ObjectNode response) {
        QUOTA_HEADERS.forEach(name -> addHeader(response, name));
    }

    private static void addHeader(ObjectNode response, String name) {
        response.withObject("/headers").putObject(name).put("$ref", "#/components/headers/" + name);
    }

    private static ObjectNode header(String description, int minimum) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("description", description).putObject("schema").put("type", "integer").put("format", "int32")
                .put("minimum", minimum).put("maximum", Integer.MAX_VALUE);
        return header;
    }

    private static ObjectNode ref(ProblemType type) {
        return JsonNodeFactory.instance.objectNode().put("$ref", RESPONSES + ProblemDocumentation.name(type));
    }

    /** A string parameter without a tighter documented limit is bounded by the URI the gateway forwards. */
    private static void limitToUri(JsonNode parameter) {
        if (parameter.path("schema") instanceof ObjectNode schema && schema.path("type").asText().equals("string")
                && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
            schema.put("maxLength", ServiceProxy.MAX_URI_LENGTH);
        }
    }
}
