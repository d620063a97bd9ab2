package dev.crosswalk.mapping.oscal;

import dev.crosswalk.support.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tenant's evidence records collected in a period, as the projection holds them, with their controls. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceInPeriod {
    public record Item(UUID evidenceId, String result, String reviewStatus, Instant collectedAt, Instant validUntil,
                       boolean expired, boolean superseded, List<UUID> controls) {
    }

    @Inject
    EntityManager entityManager;

    /** Collected in [from, to), oldest first. */
    public List<Item> of(String tenantId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select s.evidence_id, s.result, s.review_status, s.collected_at, s.valid_until, s.expired,
                               s.superseded, c.control_id
                        from evidence_state s
                        left join evidence_state_control c on c.tenant_id = s.tenant_id and c.evidence_id = s.evidence_id
                        where s.tenant_id = ?1 and s.collected_at >= ?2 and s.collected_at < ?3
                        order by s.collected_at, s.evidence_id, c.control_id""")
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getResultList();
        Map<UUID, Item> items = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Item item = items.computeIfAbsent((UUID) row[0], id -> new Item(id, (String) row[1], (String) row[2],
                    SqlValues.instant(row[3]), SqlValues.instant(row[4]), Boolean.TRUE.equals(row[5]),
                    Boolean.TRUE.equals(row[6]), new ArrayList<>()));
            if (row[7] != null) {
                item.controls().add((UUID) row[7]);
            }
        }
        return List.copyOf(items.values());
    }
}
