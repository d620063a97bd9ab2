package dev.crosswalk.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad requests of every kind are answered with RFC 9457 problem+json, never a stack trace or a 500. */
@QuarkusTest
class ProblemContractTest {
    private static final String CONTROLS = "/api/v1/catalog/controls";

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        given().header("X-Tenant-Id", "acme").contentType(ContentType.JSON).body("{\"refCode\": ")
                .when().post(CONTROLS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:malformed-request"))
                .body("title", equalTo("Malformed request body"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"))
                .body("instance", equalTo(CONTROLS))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("dev.crosswalk")));
    }

    @Test
    void emptyBodyIsAValidationProblem() {
        given().header("X-Tenant-Id", "acme").contentType(ContentType.JSON)
                .when().post(CONTROLS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:validation-failed"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/v1/catalog/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:not-found"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().when().delete("/api/v1/catalog/frameworks").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:method-not-allowed"));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().header("X-Tenant-Id", "acme").contentType(ContentType.XML).body("<control/>")
                .when().post(CONTROLS).then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:unsupported-media-type"));
    }

    @Test
    void oversizedBodyIsA413Problem() {
        String huge = "{\"refCode\": \"BIG-1\", \"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\", \"frequency\": \"daily\"}";
        given().header("X-Tenant-Id", "acme").contentType(ContentType.JSON).body(huge)
                .when().post(CONTROLS).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:payload-too-large"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("outbox_backlog"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/catalog/controls'", notNullValue());
    }

    @Test
    void aNulCharacterIsABadRequestNotAServerError() {
        given().header("X-Tenant-Id", "acme").urlEncodingEnabled(false)
                .when().get("/api/v1/catalog/frameworks/%00").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:bad-parameter"));
        given().header("X-Tenant-Id", "acme").contentType(ContentType.JSON)
                .body("{\"refCode\": \"NUL-1\", \"name\": \"a\\u0000b\", \"frequency\": \"daily\"}")
                .when().post("/api/v1/catalog/controls").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("X-Tenant-Id", "acme").when().get("/api/v1/catalog/controls?text=NUL-1").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }
}
