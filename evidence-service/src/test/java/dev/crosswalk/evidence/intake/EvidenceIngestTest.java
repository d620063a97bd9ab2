package dev.crosswalk.evidence.intake;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class EvidenceIngestTest {
    private final String tenant = CatalogFixture.tenant("ingest");

    @BeforeEach
    void controls() {
        CatalogFixture.controls(tenant, "quarterly", "IAM-01", "OPS-01");
    }

    @Test
    void recordsOneEvidenceForSeveralControlsWithDefaultFreshness() {
        Instant collected = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Response created = as(tenant).body("""
                        {"controls": ["IAM-01", "OPS-01"], "kind": "configuration_export", "title": "IAM policy export",
                         "collectedAt": "%s", "result": "pass", "submitter": "aws-config-scanner",
                         "artifact": {"sha256": "%s", "size": 2048, "mediaType": "application/json",
                                      "uri": "s3://evidence/iam.json"}}""".formatted(collected, "a".repeat(64)))
                .when().post(EVIDENCE);
        created.then().statusCode(201)
                .header("Location", containsString(EVIDENCE + "/"))
                .header("Idempotent-Replayed", "false")
                .body("controls.refCode", equalTo(List.of("IAM-01", "OPS-01")))
                .body("controls[0].id", notNullValue())
                .body("freshness", equalTo("fresh"))
                .body("validUntil", equalTo(collected.plus(90, ChronoUnit.DAYS).toString()))
                .body("review.status", equalTo("pending"))
                .body("artifact.uri", equalTo("s3://evidence/iam.json"));
        String id = created.path("id");
        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200)
                .body("evidence.title", equalTo("IAM policy export"))
                .body("versions", hasSize(0));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResultAndADifferentBodyIsRefused() {
        String first = as(tenant).header("Idempotency-Key", "run-4711-iam").body(item("IAM-01", "Access review export"))
                .when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        String body = as(tenant).when().get(EVIDENCE + "/" + first).then().extract().path("evidence.collectedAt");
        String sameBody = item("IAM-01", "Access review export", Instant.parse(body));
        as(tenant).header("Idempotency-Key", "run-4711-iam").body(sameBody).when().post(EVIDENCE).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(tenant).header("Idempotency-Key", "run-4711-iam").body(item("IAM-01", "Something else"))
                .when().post(EVIDENCE).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:idempotency-key-reused"));
        as(tenant).queryParam("control", "IAM-01").when().get(EVIDENCE).then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void unknownControlIsAClearProblemAndStoresNothing() {
        as(tenant).body(item("NOPE-99", "Orphan")).when().post(EVIDENCE).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("controls[0]"))
                .body("errors[0].message", containsString("NOPE-99"));
        as(tenant).when().get(EVIDENCE).then().body("items", hasSize(0));
    }

    /** Bodies with one wrong type or broken rule each, and the field the problem names. */
    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments("controls as a string", "{\"controls\": \"IAM-01\", \"kind\": \"document\", \"title\": \"t\", "
                        + "\"collectedAt\": \"2026-01-01T00:00:00Z\", \"result\": \"pass\", \"submitter\": \"me\"}",
                        "controls", ""),
                arguments("unknown result", item("IAM-01", "t").replace("\"pass\"", "\"maybe\""), "result", "informational"),
                arguments("unreadable time", item("IAM-01", "t")
                        .replaceFirst("\"collectedAt\": \"[^\"]+\"", "\"collectedAt\": \"yesterday\""), "collectedAt", ""),
                arguments("collected in the future", item("IAM-01", "From the future", Instant.now().plus(1, ChronoUnit.DAYS)),
                        "collectedAt", ""),
                arguments("title too long", item("IAM-01", "x".repeat(301)), "title", ""),
                arguments("valid until before collected", item("IAM-01", "t").replace("\"submitter\": \"ci-bot\",",
                        "\"submitter\": \"ci-bot\", \"validUntil\": \"2020-01-01T00:00:00Z\","), "validUntil", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void wrongTypesAndBrokenRulesAreValidationProblems(String what, String body, String field, String message) {
        as(tenant).body(body).when().post(EVIDENCE).then().statusCode(400)
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(message));
        as(tenant).when().get(EVIDENCE).then().body("items", hasSize(0));
    }

    @Test
    void oversizedMetadataAndBodiesAreRefused() {
        String bigMetadata = item("IAM-01", "t").replace("\"run\": 4711", "\"blob\": \"" + "x".repeat(20_000) + "\"");
        as(tenant).body(bigMetadata).when().post(EVIDENCE).then().statusCode(400)
                .body("errors[0].field", equalTo("metadata"));
        String huge = item("IAM-01", "t").replace("\"run\": 4711", "\"blob\": \"" + "x".repeat(3 * 1024 * 1024) + "\"");
        as(tenant).body(huge).when().post(EVIDENCE).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:payload-too-large"));
    }

    @Test
    void anotherTenantsEvidenceIsNotFound() {
        String id = as(tenant).body(item("IAM-01", "Mine")).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
        String intruder = CatalogFixture.tenant("intruder");
        CatalogFixture.controls(intruder, "monthly", "IAM-01");
        as(intruder).when().get(EVIDENCE + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(intruder).body("{\"decision\": \"accepted\", \"reviewer\": \"eve\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(404);
        as(intruder).body(item("IAM-01", "Hijack")).when().post(EVIDENCE + "/" + id + "/supersede").then().statusCode(404);
        as(intruder).when().get(EVIDENCE).then().body("items", hasSize(0));
        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200).body("evidence.review.status", equalTo("pending"));
    }

    @Test
    void missingTenantIsRefused() {
        io.restassured.RestAssured.given().header(GatewayIdentity.RAW, "yes")
                .contentType("application/json").body(item("IAM-01", "t"))
                .when().post(EVIDENCE).then().statusCode(401).contentType("application/problem+json");
    }
}
