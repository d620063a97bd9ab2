package dev.crosswalk.evidence.review;

import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.evidence.intake.EvidenceBatchWriter;
import dev.crosswalk.evidence.intake.EvidenceRequest;
import dev.crosswalk.evidence.intake.NewRecords;
import dev.crosswalk.evidence.query.EvidenceView;
import dev.crosswalk.evidence.query.EvidenceViews;
import dev.crosswalk.evidence.settings.SettingsService;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.evidence.store.EvidenceEvents;
import dev.crosswalk.evidence.store.EvidenceLinks;
import dev.crosswalk.evidence.store.EvidenceReview;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.DisplayName;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Decisions on a current record: a reviewer accepts or rejects it, or a correction supersedes it (a new record;
 * the old one stays, marked superseded). Each commits with its {@code evidence.*} event.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
    @Inject
    EvidenceEvents events;

    @Inject
    EvidenceViews views;

    @Inject
    EvidenceLinks evidenceLinks;

    @Inject
    EvidenceReviewWriter reviewWriter;

    @Inject
    NewRecords newRecords;

    @Inject
    SettingsService settings;

    /** {@code reviewer} is the verified subject deciding; the request's own {@code reviewer} is a display name. */
    public EvidenceView review(String tenantId, String reviewer, String id, ReviewRequest review,
                               Long expectedVersion) {
        Evidence evidence = Evidence.require(tenantId, id);
        VersionTag.check(expectedVersion, evidence.currentVersion());
        if (evidence.supersededById != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Evidence " + id + " was superseded by " + evidence.supersededById + "; review the current record");
        }
        if (review.decision() == ReviewStatus.pending) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A review decides: accepted or rejected",
                    List.of(new FieldError("decision", "must be accepted or rejected")));
        }
        if (review.decision() == ReviewStatus.rejected && (review.comment() == null || review.comment().isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A rejection must say why",
                    List.of(new FieldError("comment", "is required when the decision is rejected")));
        }
        requireSegregation(tenantId, evidence, review.decision(), reviewer);
        // written below with plain JDBC (EvidenceReviewWriter), so Hibernate must not flush the record itself
        Evidence.getEntityManager().detach(evidence);
        long readVersion = evidence.currentVersion();
        EvidenceReview decision = new EvidenceReview();
        decision.id = UUID.randomUUID();
        decision.evidenceId = evidence.id;
        decision.tenantId = tenantId;
        decision.decision = review.decision();
        decision.reviewer = reviewer;
        decision.reviewerName = DisplayName.of(review.reviewer());
        decision.comment = review.comment();
        decision.decidedAt = Instant.now();
        evidence.reviewStatus = review.decision();
        evidence.reviewedBy = reviewer;
        evidence.reviewerName = decision.reviewerName;
        evidence.reviewedAt = decision.decidedAt;
        evidence.reviewComment = review.comment();
        evidence.version = readVersion + 1;
        reviewWriter.write(decision, evidence, readVersion);
        List<EvidenceControl> links = evidenceLinks.of(evidence.id);
        events.announce(EvidenceEventTypes.REVIEWED, evidence, links);
        return views.of(evidence, links);
    }

    /**
     * Segregation of duties: with the tenant's setting on, whoever submitted a record may not accept it. A
     * rejection stays open to the submitter (withdrawing one's own record takes nothing from the review), and a
     * record from before submitters were verified has no known submitter to compare.
     */
    private void requireSegregation(String tenantId, Evidence evidence, ReviewStatus decision, String reviewer) {
        if (decision == ReviewStatus.accepted && reviewer.equals(evidence.submitter)
                && settings.of(tenantId).segregationOfDuties()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Segregation of duties: " + reviewer
                    + " submitted evidence " + evidence.id + " and may not accept it; another principal must review it"
                    + " (the tenant's evidence setting segregationOfDuties is on)");
        }
    }

    public EvidenceView supersede(String tenantId, String id, EvidenceRequest correction) {
        Evidence old = Evidence.require(tenantId, id);
        if (old.supersededById != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Evidence " + id + " was already superseded by " + old.supersededById + "; correct that one");
        }
        EvidenceBatchWriter.NewRecord replacement = newRecords.store(tenantId, newRecords.check(tenantId, correction),
                null, old.id);
        old.supersededById = replacement.evidence().id;
        old.flush();
        events.announce(EvidenceEventTypes.SUPERSEDED, old);
        return views.of(replacement.evidence(), replacement.links());
    }
}
