package dev.crosswalk.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small JSON bodies are read whole on the event loop before a blocking endpoint runs (SmallBodyBuffering);
 * bodies over evidence-service's limit (1 MiB, room for a bulk request) and HTTP/2 requests are still streamed
 * to it. Either way the endpoint gets the same object. Answers up to 64 KiB go out whole, with a Content-Length.
 */
@QuarkusTest
class SmallBodyBufferingTest {

    /** Up to the limit a body is read before the endpoint runs; a bulk request of 500 items fits. */
    @ParameterizedTest
    @CsvSource({"8, true", "200000, true", "1100000, false"})
    void aBodyUpToTheLimitIsReadBeforeTheEndpointRuns(int nameLength, boolean readBefore) {
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(nameLength) + "\"}")
                .when().post("/test-only/body-echo")
                .then().statusCode(200)
                .body("readBeforeTheEndpoint", equalTo(readBefore))
                .body("nameLength", equalTo(nameLength));
    }

    /** Java's client upgrades a connection to HTTP/2 (h2c) on its first request; the next one is HTTP/2. */
    @Test
    void anHttp2RequestIsStreamedAsBefore() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(url("/q/health/live")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url("/test-only/body-echo"))
                .header("Content-Type", "application/json")
                .header(InternalIdentity.HEADER, GatewayIdentity.token("h2-tenant"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"firewall\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"readBeforeTheEndpoint\":false,\"nameLength\":8}", answer.body());
    }

    private static URI url(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    /** Quarkus REST chunks an answer larger than its output buffer; a bulk answer of 500 items fits in one. */
    @Test
    void anAnswerOfBulkSizeGoesOutWithItsLength() {
        String body = given().queryParam("size", 50_000)
                .when().get("/test-only/body-echo/filler")
                .then().statusCode(200)
                .header("Transfer-Encoding", nullValue())
                .header("Content-Length", notNullValue())
                .extract().asString();
        assertEquals(50_000, body.length() - "{\"filler\":\"\"}".length());
    }
}
