package dev.crosswalk.evidence.review;

import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceReview;
import dev.crosswalk.support.trail.TrailAppender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes a review decision with plain JDBC on the transaction's connection: the decision row and the record's
 * new review state, the latter only if the record is still at the version the caller read (otherwise
 * {@link OptimisticLockException}, answered 412 as Hibernate's own version check was), and a trail entry that
 * seals the decision. Not through Hibernate,
 * whose flush was a large share of a review's CPU.
 */
@ApplicationScoped
public class EvidenceReviewWriter {
    /** Names trail_canonical_review, what the trail seals of a decision (evidence V3). */
    static final String REVIEW_TRAIL_KIND = "review";

    @Inject
    EntityManager entityManager;

    /** {@code evidence} holds the new review state and is not managed; {@code readVersion} is the version it was read at. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(EvidenceReview decision, Evidence evidence, long readVersion) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into evidence_review (id, evidence_id, tenant_id, decision, reviewer, reviewer_name, comment,
                      decided_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement update = connection.prepareStatement("""
                    update evidence set review_status = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ?,
                      reviewer_name = ?, version = version + 1
                    where id = ? and version = ?""")) {
                update.setString(1, evidence.reviewStatus.name());
                update.setString(2, evidence.reviewedBy);
                update.setObject(3, evidence.reviewedAt.atOffset(ZoneOffset.UTC));
                update.setString(4, evidence.reviewComment);
                update.setString(5, evidence.reviewerName);
                update.setObject(6, evidence.id);
                update.setLong(7, readVersion);
                if (update.executeUpdate() != 1) {
                    throw new OptimisticLockException("Evidence " + evidence.id + " changed since it was read");
                }
                insert.setObject(1, decision.id);
                insert.setObject(2, decision.evidenceId);
                insert.setString(3, decision.tenantId);
                insert.setString(4, decision.decision.name());
                insert.setString(5, decision.reviewer);
                insert.setString(6, decision.reviewerName);
                insert.setString(7, decision.comment);
                insert.setObject(8, decision.decidedAt.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            TrailAppender.append(connection, decision.tenantId, REVIEW_TRAIL_KIND, List.of(decision.id.toString()));
        });
    }
}
