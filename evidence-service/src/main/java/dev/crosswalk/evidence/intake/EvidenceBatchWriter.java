package dev.crosswalk.evidence.intake;

import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.evidence.store.EvidenceEvents;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.evidence.trail.EvidenceSeal;
import dev.crosswalk.support.trail.TrailAppender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes new records with JDBC batches on the connection of the caller's transaction: the evidence
 * rows, then their control links, then their {@code evidence.recorded} events (one outbox row for the
 * lot, see {@link OutboxWriter#appendAll}), in input order, and last one trail entry per tenant that seals
 * the lot ({@link TrailAppender}; it holds the tenant's chain head until the commit, so it comes last). For bulk requests and single posts alike,
 * because Hibernate's per-entity bookkeeping cost more than the inserts themselves. The rows are the ones
 * the entities map, the events the ones {@link EvidenceEvents#event} builds. The caller has done every
 * check; nothing here reads.
 */
@ApplicationScoped
public class EvidenceBatchWriter {
    private static final String INSERT_EVIDENCE = """
            insert into evidence (id, tenant_id, kind, title, source_system, collected_at, valid_until, result,
              artifact_sha256, artifact_size, artifact_media_type, artifact_uri, metadata, submitter, review_status,
              supersedes_id, created_at, idempotency_key, request_fingerprint, submitter_name, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String INSERT_LINK =
            "insert into evidence_control (evidence_id, tenant_id, control_id, ref_code) values (?, ?, ?, ?)";

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceEvents events;

    @Inject
    OutboxWriter outbox;

    @Inject
    EvidenceSeal seal;

    /**
     * A record not stored yet and its links. {@code metadataJson} is the record's metadata as serialised
     * JSON (null for none), so it is written without serialising it once more.
     */
    public record NewRecord(Evidence evidence, List<EvidenceControl> links, String metadataJson) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<NewRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        for (NewRecord record : records) {
            storedPrecision(record.evidence());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement evidence = connection.prepareStatement(INSERT_EVIDENCE);
                 PreparedStatement link = connection.prepareStatement(INSERT_LINK)) {
                for (NewRecord record : records) {
                    bind(evidence, record);
                    evidence.addBatch();
                }
                evidence.executeBatch();
                for (NewRecord record : records) {
                    for (EvidenceControl l : record.links()) {
                        link.setObject(1, l.evidenceId);
                        link.setString(2, l.tenantId);
                        link.setObject(3, l.controlId);
                        link.setString(4, l.refCode);
                        link.addBatch();
                    }
                }
                link.executeBatch();
            }
        });
        List<OutboxWriter.Pending> announced = new ArrayList<>(records.size());
        for (NewRecord record : records) {
            announced.add(events.event(EvidenceEventTypes.RECORDED, record.evidence(), record.links()));
        }
        outbox.appendAll(announced);
        Map<String, List<NewRecord>> byTenant = new LinkedHashMap<>();
        for (NewRecord record : records) {
            byTenant.computeIfAbsent(record.evidence().tenantId, t -> new ArrayList<>()).add(record);
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (Map.Entry<String, List<NewRecord>> tenant : byTenant.entrySet()) {
                List<String> refs = tenant.getValue().stream().map(r -> r.evidence().id.toString()).toList();
                TrailAppender.appendHashed(connection, tenant.getKey(), EvidenceSeal.KIND, refs, seal.of(tenant.getValue()));
            }
        });
    }

    /** The instants as they will be stored, so the seal, the answer and the event all carry what the row holds. */
    private static void storedPrecision(Evidence e) {
        e.collectedAt = EvidenceSeal.stored(e.collectedAt);
        e.validUntil = EvidenceSeal.stored(e.validUntil);
        e.createdAt = EvidenceSeal.stored(e.createdAt);
    }

    private static void bind(PreparedStatement insert, NewRecord record) throws SQLException {
        Evidence e = record.evidence();
        insert.setObject(1, e.id);
        insert.setString(2, e.tenantId);
        insert.setString(3, e.kind.name());
        insert.setString(4, e.title);
        insert.setString(5, e.sourceSystem);
        insert.setObject(6, utc(e.collectedAt));
        insert.setObject(7, utc(e.validUntil));
        insert.setString(8, e.result.name());
        insert.setString(9, e.artifactSha256);
        if (e.artifactSize == null) {
            insert.setNull(10, Types.BIGINT);
        } else {
            insert.setLong(10, e.artifactSize);
        }
        insert.setString(11, e.artifactMediaType);
        insert.setString(12, e.artifactUri);
        insert.setString(13, record.metadataJson());
        insert.setString(14, e.submitter);
        insert.setString(15, e.reviewStatus.name());
        uuid(insert, 16, e.supersedesId);
        insert.setObject(17, utc(e.createdAt));
        insert.setString(18, e.idempotencyKey);
        insert.setString(19, e.requestFingerprint);
        insert.setString(20, e.submitterName);
    }

    private static void uuid(PreparedStatement insert, int index, UUID value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.OTHER);
        } else {
            insert.setObject(index, value);
        }
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
