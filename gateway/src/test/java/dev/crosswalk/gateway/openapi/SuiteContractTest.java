package dev.crosswalk.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.gateway.auth.Scopes;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract clients generate code from, read from the merged document the gateway serves with every
 * service up: stable operation ids and tags, the problem answers each operation can give, a documented
 * limit on everything a request carries, the rate-limit headers, snake_case enumerations; and, asked of
 * the services themselves, that a documented string limit is the one enforced.
 */
@QuarkusTest
class SuiteContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]+");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static JsonNode document;

    @BeforeEach
    void readOnce() throws Exception {
        if (document == null) {
            document = JSON.readTree(given().when().get("/openapi/suite.json").then().statusCode(200).extract().asByteArray());
        }
    }

    @Test
    void clientsKnowWhereToSendRequests() {
        assertFalse(document.path("servers").isEmpty(), "servers");
        assertTrue(document.path("servers").get(0).path("url").asText().startsWith("http"));
        assertTrue(document.at("/components/securitySchemes/bearer/description").asText().contains("RFC8725"));
    }

    @Test
    void everyOperationHasAUniqueMeaningfulIdAndADefinedTag() {
        Set<String> defined = new HashSet<>();
        document.path("tags").forEach(tag -> defined.add(tag.path("name").asText()));
        Map<String, SuiteContract.Operation> byId = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (SuiteContract.Operation operation : operations()) {
            String id = operation.node().path("operationId").asText();
            if (!OPERATION_ID.matcher(id).matches()) {
                wrong.add(operation + " has operationId '" + id + "'");
            } else if (byId.put(id, operation) != null) {
                wrong.add(operation + " repeats operationId " + id + " of " + byId.get(id));
            }
            JsonNode tags = operation.node().path("tags");
            if (tags.isEmpty()) {
                wrong.add(operation + " has no tag");
            }
            tags.forEach(tag -> {
                if (!defined.contains(tag.asText())) {
                    wrong.add(operation + " uses the undefined tag " + tag.asText());
                }
            });
        }
        assertTrue(byId.size() >= 60, byId.size() + " operations");
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationDocumentsTheProblemsItCanAnswer() {
        List<String> missing = new ArrayList<>();
        for (SuiteContract.Operation operation : operations()) {
            JsonNode node = operation.node();
            Set<String> expected = new HashSet<>(Set.of("401", "403", "414", "429", "500", "503"));
            if (!node.path("parameters").isEmpty() || node.has("requestBody")) {
                expected.add("400");
            }
            if (operation.path().contains("{")) {
                expected.add("404");
            }
            if (node.has("requestBody")) {
                expected.addAll(Set.of("413", "415"));
            }
            if (!operation.method().equals("get")) {
                expected.add("409");
            }
            node.path("parameters").forEach(parameter -> {
                if (parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                    expected.addAll(Set.of("412", "428"));
                }
            });
            for (String status : expected) {
                JsonNode response = resolve(node.path("responses").path(status));
                if (!response.path("content").has("application/problem+json")) {
                    missing.add(operation + " " + status);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everythingARequestCarriesHasADocumentedLimit() {
        List<String> unbounded = new ArrayList<>();
        for (SuiteContract.Operation operation : operations()) {
            operation.node().path("parameters").forEach(parameter ->
                    requireLimits(operation + " parameter " + parameter.path("name").asText(), parameter.path("schema"),
                            unbounded));
            operation.node().path("requestBody").path("content").fields().forEachRemaining(media ->
                    requireLimits(operation + " body " + media.getKey(), media.getValue().path("schema"), unbounded));
        }
        assertEquals(List.of(), unbounded);
    }

    @Test
    void everyAnswerACallerWasCountedForDocumentsItsQuota() {
        List<String> missing = new ArrayList<>();
        for (SuiteContract.Operation operation : operations()) {
            operation.node().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().matches("[24]\\d\\d") && !response.getKey().equals("401")) {
                    JsonNode headers = resolve(response.getValue()).path("headers");
                    for (String header : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                        if (!headers.has(header)) {
                            missing.add(operation + " " + response.getKey() + " " + header);
                        }
                    }
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void enumeratedValuesAreSnakeCase() {
        List<String> others = new ArrayList<>();
        visit(document, "", (where, node) -> node.path("enum").forEach(value -> {
            if (value.isTextual() && !SNAKE_CASE.matcher(value.asText()).matches()) {
                others.add(where + ": " + value.asText());
            }
        }));
        assertEquals(List.of(), others);
    }

    /**
     * For every plain string field of a JSON body: one character over its documented maximum is a 400 naming
     * the field, the maximum itself is not refused for its length. Sent straight to the service (no rate limit)
     * with a signed identity for a new tenant, so nothing anyone else holds is touched.
     */
    @Test
    void theDocumentedStringLimitIsTheEnforcedOne() {
        String identity = InternalIdentity.sign(GatewayIdentity.TEST_SECRET, "contract-" + UUID.randomUUID(), "contract-test",
                new ArrayList<>(Set.copyOf(union(Scopes.ALL, Set.of(InternalIdentity.OPERATOR_SCOPE)))));
        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (SuiteContract.Operation operation : operations()) {
            JsonNode schema = resolve(operation.node().at("/requestBody/content/application~1json/schema"));
            if (!type(schema).equals("object")) {
                continue;
            }
            String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String service = ConfigProvider.getConfig().getValue("gateway.routes." + path.split("/")[3], String.class);
            var fields = schema.path("properties").fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode property = resolve(field.getValue());
                if (!type(property).equals("string") || !property.has("maxLength") || property.has("format")
                        || property.has("enum")) {
                    continue;
                }
                int max = property.path("maxLength").asInt();
                if (property.has("pattern") && !Pattern.compile(property.path("pattern").asText()).matcher("a".repeat(max)).matches()) {
                    continue;
                }
                probed++;
                if (!namesField(send(service, identity, operation, path, field.getKey(), max + 1), field.getKey())) {
                    wrong.add(operation + " " + field.getKey() + ": " + (max + 1) + " characters are not refused");
                }
                if (namesField(send(service, identity, operation, path, field.getKey(), max), field.getKey())) {
                    wrong.add(operation + " " + field.getKey() + ": the documented " + max + " characters are refused");
                }
            }
        }
        assertTrue(probed >= 20, probed + " fields probed");
        assertEquals(List.of(), wrong);
    }

    private static Response send(String service, String identity, SuiteContract.Operation operation, String path, String field, int length) {
        ObjectNode body = JSON.createObjectNode().put(field, "a".repeat(length));
        return given().baseUri(service).header(InternalIdentity.HEADER, identity).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body.toString()).request(operation.method(), path);
    }

    private static boolean namesField(Response answer, String field) {
        if (answer.statusCode() != 400) {
            return false;
        }
        List<String> fields = answer.jsonPath().getList("errors.field", String.class);
        return fields != null && fields.contains(field);
    }

    private static void requireLimits(String where, JsonNode schemaOrRef, List<String> unbounded) {
        visitSchema(where, schemaOrRef, new HashSet<>(), (at, schema) -> {
            switch (type(schema)) {
                case "string" -> {
                    if (!schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
                        unbounded.add(at + ": a string without maxLength");
                    }
                }
                case "array" -> {
                    if (!schema.has("maxItems")) {
                        unbounded.add(at + ": an array without maxItems");
                    }
                }
                case "integer" -> {
                    if (!(schema.has("minimum") || schema.has("exclusiveMinimum"))
                            || !(schema.has("maximum") || schema.has("exclusiveMaximum"))) {
                        unbounded.add(at + ": an integer without minimum and maximum");
                    }
                }
                default -> {
                }
            }
        });
    }

    /** The schema and every schema inside it, references followed once each. */
    private static void visitSchema(String where, JsonNode schemaOrRef, Set<String> seen, BiConsumer<String, JsonNode> check) {
        String ref = schemaOrRef.path("$ref").asText(null);
        if (ref != null && !seen.add(ref)) {
            return;
        }
        JsonNode schema = resolve(schemaOrRef);
        if (schema.isMissingNode() || schema.path("additionalProperties").asBoolean(false) && !schema.has("properties")) {
            return;
        }
        check.accept(where, schema);
        schema.path("properties").fields().forEachRemaining(property ->
                visitSchema(where + "." + property.getKey(), property.getValue(), seen, check));
        if (schema.has("items")) {
            visitSchema(where + "[]", schema.path("items"), seen, check);
        }
        for (String group : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(group).forEach(member -> visitSchema(where, member, seen, check));
        }
    }

    private static void visit(JsonNode node, String where, BiConsumer<String, JsonNode> check) {
        if (node.isObject()) {
            check.accept(where, node);
            node.fields().forEachRemaining(field -> visit(field.getValue(), where + "/" + field.getKey(), check));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), where + "/" + i, check);
            }
        }
    }

    /** The schema's type; of an OpenAPI 3.1 list such as {@code ["string", "null"]}, the one that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode member : type) {
                if (!member.asText().equals("null")) {
                    return member.asText();
                }
            }
        }
        return type.asText();
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static List<SuiteContract.Operation> operations() {
        return SuiteContract.operations(document);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
