package dev.crosswalk.evidence;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Request helpers shared by the evidence tests. */
public final class EvidenceApi {
    public static final String EVIDENCE = "/api/v1/evidence";

    private EvidenceApi() {
    }

    public static RequestSpecification as(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    /** A passing automated check for the control, collected an hour ago. */
    public static String item(String control, String title) {
        return item(control, title, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
    }

    public static String item(String control, String title, Instant collectedAt) {
        return """
                {"controls": ["%s"], "kind": "automated_check", "title": "%s", "sourceSystem": "github-actions",
                 "collectedAt": "%s", "result": "pass", "submitter": "ci-bot",
                 "metadata": {"repository": "acme/platform", "run": 4711}}""".formatted(control, title, collectedAt);
    }

    /** Records a passing check for the control and accepts it; returns its id. */
    public static String recordedAndAccepted(String tenant, String control, String title) {
        String id = as(tenant).body(item(control, title)).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
        as(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"r\"}").when().post(EVIDENCE + "/" + id + "/review")
                .then().statusCode(200);
        return id;
    }
}
