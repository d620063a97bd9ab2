package dev.crosswalk.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Probes every operation of the merged OpenAPI document, so that an endpoint added later is covered
 * without a line written for it: straight at its service without a valid identity (401, whatever the
 * body), through the gateway with another tenant's key on one tenant's objects (404 or 403, never the
 * object, and nothing of it in any list or report), and every write to data all tenants share with a
 * tenant's key (403). A path parameter this test does not know fails it: say below whose it is.
 */
@QuarkusTest
class EveryOperationProbeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** A parameter naming data all tenants share, or a tenant's own by a name every tenant may use. */
    private static final Map<String, String> NOT_A_TENANTS_OBJECT = Map.ofEntries(
            Map.entry("frameworks/{frameworkId}", "iso27001:2022"),
            Map.entry("requirements/{ref}", "A.5.15"),
            Map.entry("requirements/{framework}", "iso27001:2022"),
            Map.entry("{framework}/{ref}", "A.5.15"),
            Map.entry("crosswalks/{id}", "iso27001-2022_soc2-tsc-2017"),
            Map.entry("applicability/{requirementId}", "A.5.15"),
            Map.entry("versions/{version}", "1"),
            Map.entry("parked/{seq}", "1"),
            Map.entry("restatements/{id}", "00000000-0000-0000-0000-000000000001"),
            Map.entry("controls/{libraryId}", "IAM-01"));

    private static Tenant owner;
    private static Tenant intruder;
    private static List<Operation> operations;

    record Operation(String method, String template, String route, boolean operatorOnly, List<String> requiredQuery) {
        boolean writes() {
            return !method.equals("get") && !method.equals("delete");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    /** Once for the class, in the first test: REST Assured knows the gateway's port only from then on. */
    @BeforeEach
    void seedOnce() throws Exception {
        if (operations != null) {
            return;
        }
        operations = operations(JSON.readTree(given().when().get("/openapi/suite.json").then().statusCode(200)
                .extract().asByteArray()));
        owner = Tenant.create();
        intruder = Tenant.create();
        owner.seedOneOfEverything();
    }

    @Test
    void nothingAnswersStraightAtAServiceWithoutTheGatewaysIdentity() {
        assertTrue(operations.size() >= 60, "the merged document lists " + operations.size() + " operations");
        Map<String, String> forged = ForgedIdentities.all(owner.id);
        List<String> open = new ArrayList<>();
        for (Operation operation : operations) {
            String path = concrete(operation, parameter -> "probe");
            for (Map.Entry<String, String> identity : forged.entrySet()) {
                RequestSpecification request = given().baseUri(service(operation.route()));
                if (operation.writes()) {
                    request.contentType(ContentType.JSON).body("{}");
                }
                if (identity.getValue() != null) {
                    request.header("X-Crosswalk-Identity", identity.getValue());
                }
                Response answer = request.request(operation.method(), path);
                if (answer.statusCode() != 401 || !answer.contentType().startsWith("application/problem+json")) {
                    open.add(operation + " with " + identity.getKey() + ": " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void anotherTenantGetsNoneOfOneTenantsObjectsOnAnyOperation() {
        List<String> leaks = new ArrayList<>();
        int probed = 0;
        for (Operation operation : operations) {
            if (operation.operatorOnly()) {
                continue;
            }
            boolean namesOwnersObject = parameters(operation.template()).stream()
                    .anyMatch(parameter -> !NOT_A_TENANTS_OBJECT.containsKey(parameter));
            String path = concrete(operation, owner::objectFor);
            RequestSpecification request = intruder.call();
            operation.requiredQuery().forEach(name -> request.queryParam(name, queryValue(name)));
            if (operation.writes() || operation.method().equals("delete")) {
                request.header("If-Match", "\"1\"").body("{}");
            }
            Response answer = request.request(operation.method(), path);
            String body = answer.asString();
            int status = answer.statusCode();
            // a 404 may repeat the id the caller sent; it may never carry anything else of the owner's
            if (body.contains(owner.marker) || status < 300 && owner.objectIds().stream().anyMatch(body::contains)) {
                leaks.add(operation + ": " + status + " carries the owner's data");
            } else if (namesOwnersObject) {
                probed++;
                boolean refused = operation.writes() ? status >= 400 && status < 500 && status != 409 && status != 412
                        : status == 404 || status == 403;
                if (!refused) {
                    leaks.add(operation + " on the owner's object: " + status);
                }
            } else if (status >= 500) {
                leaks.add(operation + ": " + status);
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(probed >= 15, "only " + probed + " operations name a tenant's object");
        owner.assertUnchanged();
    }

    @Test
    void everyWriteToSharedDataIsTheOperatorsOnly() {
        List<Operation> shared = operations.stream().filter(Operation::operatorOnly).toList();
        assertTrue(shared.size() >= 3, "operator-only operations: " + shared);
        for (Operation operation : shared) {
            Response answer = owner.call().queryParam("id", "probe:1").body("{}")
                    .request(operation.method(), concrete(operation, owner::objectFor));
            assertEquals(403, answer.statusCode(), operation + " with a tenant's key");
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            String route = path.getKey().split("/")[3];
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<String> required = new ArrayList<>();
                method.getValue().path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                        required.add(p.path("name").asText());
                    }
                });
                found.add(new Operation(method.getKey(), path.getKey(), route,
                        method.getValue().path("x-crosswalk-operator-only").asBoolean(false), required));
            }
        }
        return found;
    }

    /** A path's parameters, each with the segment before it: {@code controls/{id}}, {@code {framework}/{ref}}. */
    private static List<String> parameters(String template) {
        String[] segments = template.split("/");
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                parameters.add(segments[i - 1] + "/" + segments[i]);
            }
        }
        return parameters;
    }

    private static String concrete(Operation operation, Function<String, String> values) {
        String[] segments = operation.template().split("/");
        String[] concrete = segments.clone();
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String parameter = segments[i - 1] + "/" + segments[i];
                concrete[i] = NOT_A_TENANTS_OBJECT.getOrDefault(parameter, null);
                if (concrete[i] == null) {
                    concrete[i] = values.apply(parameter);
                }
            }
        }
        return String.join("/", concrete);
    }

    private static String queryValue(String name) {
        return switch (name) {
            case "framework" -> "iso27001:2022";
            case "from" -> "2026-01-01";
            case "to" -> "2026-12-31";
            case "control" -> owner.objectFor("controls/{controlRef}");
            case "checkpoint" -> "a.checkpoint.of-someone-else";
            default -> throw new AssertionError("say what to send in the required query parameter '" + name + "'");
        };
    }

    private static String service(String route) {
        return ConfigProvider.getConfig().getValue("gateway.routes." + route, String.class);
    }

    /** A tenant with one key per 20 requests (the test gateway allows 30 a minute per key). */
    static final class Tenant {
        private final String id;
        private final String marker = "probe-" + UUID.randomUUID();
        private final Map<String, String> objects = new LinkedHashMap<>();
        private final Map<String, String> asSeeded = new LinkedHashMap<>();
        private String key;
        private int uses;

        private Tenant(String id) {
            this.id = id;
        }

        static Tenant create() {
            String id = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            given().header("X-Admin-Key", "test-operator-key").contentType(ContentType.JSON)
                    .body(Map.of("id", id, "name", id)).when().post("/admin/v1/tenants").then().statusCode(201);
            return new Tenant(id);
        }

        RequestSpecification call() {
            if (key == null || ++uses > 20) {
                key = given().header("X-Admin-Key", "test-operator-key").contentType(ContentType.JSON)
                        .body(Map.of("name", "probe", "scopes", List.of("catalog:read", "catalog:write", "evidence:read",
                                "evidence:write", "mappings:read", "mappings:write")))
                        .when().post("/admin/v1/tenants/" + id + "/keys").then().statusCode(201).extract().path("key");
                uses = 1;
            }
            return given().header("X-Api-Key", key).contentType(ContentType.JSON);
        }

        void seedOneOfEverything() {
            String controlRef = "PRB-" + marker.substring(6, 14);
            objects.put("controls/{id}", created("/api/v1/catalog/controls", Map.of("refCode", controlRef,
                    "name", marker, "frequency", "quarterly")));
            objects.put("controls/{controlRef}", controlRef);
            objects.put("risks/{id}", created("/api/v1/catalog/risks", Map.of("title", marker, "owner", "ciso",
                    "likelihood", 3, "impact", 4, "treatment", "mitigate")));
            String audit = created("/api/v1/catalog/audits", Map.of("kind", "internal_audit", "title", marker,
                    "plannedStart", "2026-10-01", "plannedEnd", "2026-10-10"));
            objects.put("audits/{id}", audit);
            String finding = created("/api/v1/catalog/audits/" + audit + "/findings", Map.of("type", "minor_nonconformity",
                    "requirementId", "A.5.15", "description", marker));
            objects.put("findings/{id}", finding);
            objects.put("corrective-actions/{id}", created("/api/v1/catalog/findings/" + finding + "/corrective-actions",
                    Map.of("description", marker, "owner", "ciso", "dueDate", "2026-12-31")));
            String sha256 = call().contentType("text/plain").body(marker.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/evidence/artifacts").then().statusCode(201).extract().path("sha256");
            objects.put("artifacts/{sha256}", sha256);
            Map<String, Object> evidence = Map.of("controls", List.of(controlRef), "kind", "attestation", "title", marker,
                    "collectedAt", Instant.now().minusSeconds(60).toString(), "result", "pass", "submitter", "ci",
                    "artifact", Map.of("sha256", sha256));
            // evidence-service learns of the new control from catalog.events
            Response[] posted = new Response[1];
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> (posted[0] = call().body(evidence).when().post("/api/v1/evidence")).statusCode() == 201);
            objects.put("evidence/{id}", posted[0].path("id"));
            objects.put("snapshots/{id}", created("/api/v1/mappings/reports/soa/snapshots",
                    Map.of("takenBy", "auditor", "note", marker)));
            objects.forEach((parameter, object) -> {
                String read = readPath(parameter, object);
                if (read != null) {
                    asSeeded.put(read, call().when().get(read).then().statusCode(200).extract().asString());
                }
            });
        }

        private String created(String path, Map<String, Object> body) {
            return call().body(body).when().post(path).then().statusCode(201).extract().path("id").toString();
        }

        /** Where the owner reads the object back, to see that nobody else changed it. */
        private static String readPath(String parameter, String object) {
            return switch (parameter) {
                case "controls/{id}" -> "/api/v1/catalog/controls/" + object;
                case "risks/{id}" -> "/api/v1/catalog/risks/" + object;
                case "audits/{id}" -> "/api/v1/catalog/audits/" + object;
                case "findings/{id}" -> "/api/v1/catalog/findings/" + object;
                case "corrective-actions/{id}" -> "/api/v1/catalog/corrective-actions/" + object;
                case "evidence/{id}" -> "/api/v1/evidence/" + object;
                default -> null;
            };
        }

        String objectFor(String parameter) {
            String object = objects.get(parameter);
            if (object == null) {
                fail("path parameter '" + parameter + "': seed one of the owner's objects for it, or list it in"
                        + " NOT_A_TENANTS_OBJECT if it names no tenant's object");
            }
            return object;
        }

        /** The ids of the owner's objects, which no answer to another tenant may carry. */
        List<String> objectIds() {
            return List.copyOf(objects.values());
        }

        void assertUnchanged() {
            asSeeded.forEach((path, before) -> assertEquals(before, call().when().get(path).then().statusCode(200)
                    .extract().asString(), path + " changed"));
            assertFalse(asSeeded.isEmpty());
        }
    }
}
