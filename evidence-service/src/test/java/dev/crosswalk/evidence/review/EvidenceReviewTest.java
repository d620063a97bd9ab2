package dev.crosswalk.evidence.review;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.REVIEWER;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.asReviewer;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.crosswalk.evidence.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceReviewTest {
    private final String tenant = CatalogFixture.tenant("review");

    @BeforeEach
    void controls() {
        CatalogFixture.controls(tenant, "annual", "HR-01");
    }

    private String record(String title) {
        return as(tenant).body(item("HR-01", title)).when().post(EVIDENCE).then().statusCode(201).extract().path("id");
    }

    @Test
    void reviewerAcceptsThenRejectsWithAReasonAndTheHistoryKeepsBoth() {
        String id = record("Training completion report");
        asReviewer(tenant).header("If-Match", "\"0\"").body("{\"decision\": \"accepted\", \"reviewer\": \"auditor@acme.test\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("review.status", equalTo("accepted"))
                .body("review.reviewer", equalTo(REVIEWER))
                .body("review.reviewerName", equalTo("auditor@acme.test"));
        as(tenant).body("{\"decision\": \"rejected\", \"reviewer\": \"lead@acme.test\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        as(tenant).header("If-Match", "\"0\"")
                .body("{\"decision\": \"rejected\", \"reviewer\": \"lead@acme.test\", \"comment\": \"stale export\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(412);
        as(tenant).body("{\"decision\": \"rejected\", \"reviewer\": \"lead@acme.test\", \"comment\": \"Report misses contractors\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200)
                .body("review.status", equalTo("rejected"));
        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200)
                .body("reviews.decision", equalTo(List.of("accepted", "rejected")))
                .body("reviews[1].comment", equalTo("Report misses contractors"));
        as(tenant).body("{\"decision\": \"pending\", \"reviewer\": \"x\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(400);
        as(tenant).body("{\"decision\": \"approved\", \"reviewer\": \"x\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("decision"));
    }

    @Test
    void aCorrectionSupersedesTheOldRecordWhichStaysInTheHistory() {
        String old = record("Training report v1");
        String replacement = as(tenant).body(item("HR-01", "Training report v2"))
                .when().post(EVIDENCE + "/" + old + "/supersede").then().statusCode(201)
                .body("supersedes", equalTo(old))
                .extract().path("id");
        as(tenant).when().get(EVIDENCE + "/" + old).then().statusCode(200)
                .body("evidence.supersededBy", equalTo(replacement))
                .body("evidence.title", equalTo("Training report v1"));
        as(tenant).when().get(EVIDENCE + "/" + replacement).then().statusCode(200)
                .body("versions.id", equalTo(List.of(old)));
        as(tenant).when().get(EVIDENCE).then().body("items.id", equalTo(List.of(replacement)));
        as(tenant).queryParam("includeSuperseded", true).when().get(EVIDENCE).then().body("items", hasSize(2));
        as(tenant).body(item("HR-01", "v3 on the old one")).when().post(EVIDENCE + "/" + old + "/supersede")
                .then().statusCode(409).contentType("application/problem+json");
        asReviewer(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"a\"}")
                .when().post(EVIDENCE + "/" + old + "/review").then().statusCode(409);
    }
}
