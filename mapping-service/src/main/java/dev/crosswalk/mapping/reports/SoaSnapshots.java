package dev.crosswalk.mapping.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.persistence.SqlValues;
import dev.crosswalk.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stored Statements of Applicability: a snapshot keeps the SoA exactly as it stood when taken, so an
 * auditor can see it as of a date. Snapshots are never changed.
 */
@ApplicationScoped
@Transactional
public class SoaSnapshots {
    @Inject
    SoaComposer composer;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /**
     * What a listing shows of a snapshot: {@code takenBy} the verified subject (null for snapshots from before it was
     * recorded), {@code takenByName} what the client typed.
     */
    public record SnapshotInfo(UUID id, Instant takenAt, String takenBy, String takenByName, String note,
                               StatementOfApplicability.Summary summary) {
    }

    public SnapshotInfo take(String tenantId, String takenBy, String takenByName, String note) {
        StatementOfApplicability current = composer.current(tenantId);
        UUID id = UUID.randomUUID();
        StatementOfApplicability snapshot = new StatementOfApplicability(current.tenantId(), current.framework(),
                current.generatedAt(), id, current.summary(), current.rows());
        entityManager.createNativeQuery("""
                        insert into soa_snapshot (id, tenant_id, taken_at, taken_by, taken_by_name, note, report)
                        values (?1, ?2, ?3, ?4, ?7, ?5, cast(?6 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, tenantId)
                .setParameter(3, Timestamp.from(snapshot.generatedAt()))
                .setParameter(4, takenBy)
                .setParameter(5, note)
                .setParameter(6, json(snapshot))
                .setParameter(7, takenByName)
                .executeUpdate();
        return new SnapshotInfo(id, snapshot.generatedAt(), takenBy, takenByName, note, snapshot.summary());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SnapshotInfo> list(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, taken_at, taken_by, taken_by_name, note, cast(report -> 'summary' as text)
                        from soa_snapshot
                        where tenant_id = ?1 order by taken_at desc""")
                .setParameter(1, tenantId).getResultList();
        return rows.stream().map(row -> new SnapshotInfo((UUID) row[0], SqlValues.instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], read((String) row[5], StatementOfApplicability.Summary.class))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementOfApplicability get(String tenantId, String id) {
        UUID uuid = QueryParams.uuid(id).orElseThrow(() -> ProblemException.notFound("SoA snapshot", id));
        return one(entityManager.createNativeQuery(
                        "select cast(report as text) from soa_snapshot where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenantId).setParameter(2, uuid).getResultList())
                .orElseThrow(() -> ProblemException.notFound("SoA snapshot", id));
    }

    /**
     * Who approved the SoA as it was then, as printed: the verified subject that took the snapshot, and the name the
     * client gave in brackets (marked as claimed where no subject was recorded, for snapshots older than that).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> approver(String tenantId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select taken_by, taken_by_name from soa_snapshot where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenantId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(row -> {
            String subject = (String) row[0];
            String name = (String) row[1];
            if (subject == null) {
                return name == null ? null : name + " (claimed)";
            }
            return name == null ? subject : subject + " (" + name + ")";
        });
    }

    /** The SoA as it stood at {@code at}: the newest snapshot taken then or before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementOfApplicability asOf(String tenantId, Instant at) {
        return one(entityManager.createNativeQuery("""
                        select cast(report as text) from soa_snapshot where tenant_id = ?1 and taken_at <= ?2
                        order by taken_at desc limit 1""")
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(at)).getResultList())
                .orElseThrow(() -> ProblemException.notFound("SoA snapshot taken at or before", at));
    }

    private java.util.Optional<StatementOfApplicability> one(List<?> rows) {
        return rows.stream().findFirst().map(row -> read((String) row, StatementOfApplicability.class));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored SoA snapshot is unreadable", e);
        }
    }
}
