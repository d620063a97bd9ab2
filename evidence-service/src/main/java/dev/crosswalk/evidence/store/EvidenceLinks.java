package dev.crosswalk.evidence.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads records' control links with plain JDBC on the transaction's connection. Links are insert-only (written
 * by {@link dev.crosswalk.evidence.intake.EvidenceBatchWriter}), so no Hibernate state can be pending for them;
 * JDBC skips Hibernate's per-query cost, which outweighed the rest of a review.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceLinks {
    @Inject
    EntityManager entityManager;

    public List<EvidenceControl> of(UUID evidenceId) {
        return ofAll(List.of(evidenceId));
    }

    /** The links of all the given records (detached, read-only). */
    public List<EvidenceControl> ofAll(Collection<UUID> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select evidence_id, control_id, tenant_id, ref_code from evidence_control where evidence_id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", evidenceIds.toArray()));
                List<EvidenceControl> links = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        EvidenceControl link = new EvidenceControl();
                        link.evidenceId = rs.getObject(1, UUID.class);
                        link.controlId = rs.getObject(2, UUID.class);
                        link.tenantId = rs.getString(3);
                        link.refCode = rs.getString(4);
                        links.add(link);
                    }
                }
                return links;
            }
        });
    }
}
