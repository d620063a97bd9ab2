package dev.crosswalk.evidence;

import static io.restassured.RestAssured.given;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Request helpers shared by the evidence tests. */
public final class EvidenceApi {
    public static final String EVIDENCE = "/api/v1/evidence";
    /** The subject tests review as: not the one that submits ({@link GatewayIdentity#DEFAULT_SUBJECT}). */
    public static final String REVIEWER = "user:reviewer";

    private EvidenceApi() {
    }

    public static RequestSpecification as(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    /** As {@link #as}, signed in as {@link #REVIEWER}, someone other than who submitted the tests' records. */
    public static RequestSpecification asReviewer(String tenant) {
        return as(tenant).header(GatewayIdentity.SUBJECT, REVIEWER);
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
        asReviewer(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"r\"}").when().post(EVIDENCE + "/" + id + "/review")
                .then().statusCode(200);
        return id;
    }
}
