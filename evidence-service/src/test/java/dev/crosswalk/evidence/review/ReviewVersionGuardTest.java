package dev.crosswalk.evidence.review;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.events.ReviewStatus;
import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.REVIEWER;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.asReviewer;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceReview;
import dev.crosswalk.evidence.review.EvidenceReviewWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A review written against a version that moved meanwhile changes nothing (the race two reviewers can run). */
@QuarkusTest
class ReviewVersionGuardTest {
    @Inject
    EvidenceReviewWriter writer;

    @Test
    void aDecisionOnAStaleVersionIsRefusedAndLeavesNoTrace() {
        String tenant = CatalogFixture.tenant("guard");
        CatalogFixture.controls(tenant, "annual", "HR-09");
        String id = as(tenant).body(item("HR-09", "Access review")).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
        asReviewer(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"first@acme.test\"}")
                .when().post(EVIDENCE + "/" + id + "/review").then().statusCode(200).header("ETag", "\"1\"");

        // a second reviewer who read the record before the first decision (version 0) now writes
        Evidence stale = new Evidence();
        stale.id = UUID.fromString(id);
        stale.tenantId = tenant;
        stale.reviewStatus = ReviewStatus.rejected;
        stale.reviewedBy = "second@acme.test";
        stale.reviewedAt = Instant.now();
        stale.reviewComment = "too old";
        EvidenceReview decision = new EvidenceReview();
        decision.id = UUID.randomUUID();
        decision.evidenceId = stale.id;
        decision.tenantId = tenant;
        decision.decision = ReviewStatus.rejected;
        decision.reviewer = "second@acme.test";
        decision.comment = "too old";
        decision.decidedAt = stale.reviewedAt;
        assertThrows(OptimisticLockException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> writer.write(decision, stale, 0)));

        as(tenant).when().get(EVIDENCE + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("evidence.review.status", equalTo("accepted"))
                .body("reviews.reviewer", equalTo(List.of(REVIEWER)))
                .body("reviews.reviewerName", equalTo(List.of("first@acme.test")));
    }
}
