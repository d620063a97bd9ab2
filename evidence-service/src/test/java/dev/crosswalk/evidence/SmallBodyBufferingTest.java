package dev.crosswalk.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Small JSON bodies are read whole on the event loop before a blocking endpoint runs (SmallBodyBuffering);
 * bodies over 64 KiB and HTTP/2 requests are still streamed to it. Either way the endpoint gets the same object.
 */
@QuarkusTest
class SmallBodyBufferingTest {

    @Test
    void aSmallBodyIsReadBeforeTheEndpointRuns() {
        given().contentType(ContentType.JSON).body("{\"name\": \"firewall\"}")
                .when().post("/test-only/body-echo")
                .then().statusCode(200)
                .body("readBeforeTheEndpoint", equalTo(true))
                .body("nameLength", equalTo(8));
    }

    /** Java's client upgrades a connection to HTTP/2 (h2c) on its first request; the next one is HTTP/2. */
    @Test
    void anHttp2RequestIsStreamedAsBefore() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(url("/q/health/live")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url("/test-only/body-echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"firewall\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"readBeforeTheEndpoint\":false,\"nameLength\":8}", answer.body());
    }

    private static URI url(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    @Test
    void aBodyOverTheLimitIsStreamedAsBefore() {
        String name = "x".repeat(70_000);
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/test-only/body-echo")
                .then().statusCode(200)
                .body("readBeforeTheEndpoint", equalTo(false))
                .body("nameLength", equalTo(70_000));
    }
}
