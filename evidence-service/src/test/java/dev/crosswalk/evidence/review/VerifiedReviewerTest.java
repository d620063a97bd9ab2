package dev.crosswalk.evidence.review;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who submitted and who reviewed is who the gateway signed in; what a body claims is only shown apart. */
@QuarkusTest
class VerifiedReviewerTest {
    private final String tenant = CatalogFixture.tenant("verified");

    @BeforeEach
    void controls() {
        CatalogFixture.controls(tenant, "monthly", "IAM-20");
    }

    private String recordAs(String tenant, String subject) {
        return as(tenant).header(GatewayIdentity.SUBJECT, subject).body(item("IAM-20", "Access review"))
                .when().post(EVIDENCE).then().statusCode(201)
                .body("submitter", equalTo(subject))
                .body("submitterName", equalTo("ci-bot"))
                .extract().path("id");
    }

    private static String decision(String decision, String claimedReviewer) {
        return "{\"decision\": \"" + decision + "\", \"reviewer\": \"" + claimedReviewer + "\", \"comment\": \"checked\"}";
    }

    @Test
    void theReviewStoresTheSignedInSubjectWhateverTheBodyClaims() {
        String id = recordAs(tenant, "key:uploader");
        as(tenant).header(GatewayIdentity.SUBJECT, "user:alice").body(decision("accepted", "CISO"))
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200)
                .body("review.reviewer", equalTo("user:alice"))
                .body("review.reviewerName", equalTo("CISO"));
        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200)
                .body("evidence.submitter", equalTo("key:uploader"))
                .body("evidence.review.reviewer", equalTo("user:alice"))
                .body("reviews.reviewer", equalTo(List.of("user:alice")))
                .body("reviews.reviewerName", equalTo(List.of("CISO")));
    }

    @Test
    void theDisplayNameIsOptional() {
        String id = recordAs(tenant, "key:uploader");
        as(tenant).header(GatewayIdentity.SUBJECT, "user:bob").body("{\"decision\": \"accepted\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200)
                .body("review.reviewer", equalTo("user:bob"))
                .body("review.reviewerName", nullValue());
    }

    @Test
    void theSubmitterMayNotAcceptItsOwnRecordButMayRejectIt() {
        String id = recordAs(tenant, "key:uploader");
        as(tenant).header(GatewayIdentity.SUBJECT, "key:uploader").body(decision("accepted", "someone else"))
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crosswalk:problem:forbidden"))
                .body("detail", containsString("Segregation of duties"))
                .body("detail", containsString("key:uploader"));
        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200)
                .body("evidence.review.status", equalTo("pending"))
                .body("evidence.version", equalTo(0));
        as(tenant).header(GatewayIdentity.SUBJECT, "key:uploader").body(decision("rejected", "me"))
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200)
                .body("review.status", equalTo("rejected"))
                .body("review.reviewer", equalTo("key:uploader"));
    }

    @Test
    void aRecordOfAnotherTenantIsNotFoundEvenToItsOwnSubject() {
        String id = recordAs(tenant, "key:uploader");
        String other = CatalogFixture.tenant("verified-other");
        as(other).header(GatewayIdentity.SUBJECT, "user:alice").body(decision("accepted", "CISO"))
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant).when().get(EVIDENCE + "/" + id).then().body("evidence.review.status", equalTo("pending"));
    }
}
