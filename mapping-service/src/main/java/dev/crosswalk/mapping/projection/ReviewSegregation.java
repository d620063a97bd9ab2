package dev.crosswalk.mapping.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Segregation of duties in reviews, from the verified subjects the projection keeps: per control, how many of its
 * records that evidence operation in a period were accepted by a principal other than the one that submitted
 * them. A record whose submitter or reviewer is unknown (projected before the subjects were carried) is not
 * counted as reviewed by someone else: the report cannot show that it was.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewSegregation {
    @Inject
    EntityManager entityManager;

    /** Control id to its records evidencing operation in [from, to) that someone other than the submitter accepted. */
    public Map<UUID, Long> reviewedBySomeoneElse(String tenantId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.control_id, count(*) from evidence_state_control c
                        join evidence_state s on s.tenant_id = c.tenant_id and s.evidence_id = c.evidence_id
                        where c.tenant_id = ?1 and c.reportable and c.collected_at >= ?2 and c.collected_at < ?3
                          and s.reviewed_by is not null and s.submitted_by is not null
                          and s.reviewed_by <> s.submitted_by
                        group by c.control_id""")
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getResultList();
        Map<UUID, Long> byControl = new HashMap<>();
        rows.forEach(row -> byControl.put((UUID) row[0], ((Number) row[1]).longValue()));
        return byControl;
    }
}
