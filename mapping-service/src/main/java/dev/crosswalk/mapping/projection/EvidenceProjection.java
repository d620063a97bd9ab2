package dev.crosswalk.mapping.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.EvidenceEventData;
import dev.crosswalk.mapping.coverage.CoverageAnnouncer;
import dev.crosswalk.rules.EvidenceCounting;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps what coverage needs of each evidence record, from {@code evidence.events} only: every event
 * carries the whole record, so the newest version wins and a replayed or duplicated event changes
 * nothing (processed-event table in the same transaction). The record's links to its controls are
 * replaced by the event's, and the per-control summaries move its contribution, in the same transaction
 * ({@link EvidenceRelinker}).
 * <p>
 * Events come in batches (one Kafka poll, one transaction): since the newest version of a record wins,
 * only the newest of its events in a batch is applied, and each tenant is marked for a coverage
 * refresh once.
 */
@ApplicationScoped
@Transactional
public class EvidenceProjection {
    static final String CONSUMER = "mapping-service/evidence.events";
    private static final Logger LOG = Logger.getLogger(EvidenceProjection.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EvidenceRelinker relinker;

    @Inject
    CoverageAnnouncer announcer;

    private record RecordKey(String tenantId, UUID evidenceId) {
    }

    public void apply(IncomingEvent event) {
        applyAll(List.of(event));
    }

    /** Applies a batch of events, in order, in the caller's transaction or a new one. */
    public void applyAll(List<IncomingEvent> events) {
        List<IncomingEvent> ours = events.stream().filter(e -> e.type().startsWith("evidence.")).toList();
        Set<String> first = processedEvents.firstDeliveries(CONSUMER, ours.stream().map(IncomingEvent::id).toList());
        Map<RecordKey, EvidenceEventData> newest = new LinkedHashMap<>();
        for (IncomingEvent event : ours) {
            if (!first.remove(event.id())) {
                continue;
            }
            EvidenceEventData data = readable(event);
            if (data != null) {
                newest.merge(new RecordKey(data.tenantId(), data.id()), data,
                        (kept, later) -> later.version() >= kept.version() ? later : kept);
            }
        }
        if (newest.isEmpty()) {
            return;
        }
        List<EvidenceRelinker.RecordRef> stored = new ArrayList<>();
        for (EvidenceEventData data : newest.values()) {
            if (store(data)) {
                stored.add(new EvidenceRelinker.RecordRef(data.tenantId(), data.id(), controlsOf(data)));
            }
        }
        relinker.relinkAll(stored);
        announcer.markDue(stored.stream().map(EvidenceRelinker.RecordRef::tenantId).collect(Collectors.toSet()));
    }

    private EvidenceEventData readable(IncomingEvent event) {
        EvidenceEventData data = event.dataAs(EvidenceEventData.class, objectMapper).orElse(null);
        if (data == null || data.id() == null || !event.tenantId().equals(data.tenantId()) || data.controls() == null
                || data.result() == null || data.reviewStatus() == null || data.collectedAt() == null
                || data.validUntil() == null) {
            LOG.warnf("Skipping %s event %s: unreadable, or tenant, id, controls, result, review or dates missing",
                    event.type(), event.id());
            return null;
        }
        return data;
    }

    private static Set<UUID> controlsOf(EvidenceEventData data) {
        Set<UUID> controls = new LinkedHashSet<>();
        data.controls().stream().filter(c -> c != null && c.id() != null).forEach(c -> controls.add(c.id()));
        return controls;
    }

    /** Writes the record's state unless a newer version is already stored; true when written. */
    private boolean store(EvidenceEventData data) {
        EvidenceCounting.Facts facts = new EvidenceCounting.Facts(data.result(), data.reviewStatus(), data.expired(),
                data.supersededBy() != null, data.validUntil());
        return entityManager.createNativeQuery("""
                        insert into evidence_state (tenant_id, evidence_id, result, review_status, collected_at,
                                                    valid_until, expired, superseded, version, counts, reportable,
                                                    submitted_by, reviewed_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                        on conflict (tenant_id, evidence_id) do update
                        set result = excluded.result, review_status = excluded.review_status,
                            collected_at = excluded.collected_at, valid_until = excluded.valid_until,
                            expired = excluded.expired, superseded = excluded.superseded, version = excluded.version,
                            counts = excluded.counts, reportable = excluded.reportable,
                            submitted_by = excluded.submitted_by, reviewed_by = excluded.reviewed_by
                        where evidence_state.version <= excluded.version""")
                .setParameter(1, data.tenantId())
                .setParameter(2, data.id())
                .setParameter(3, data.result().name())
                .setParameter(4, data.reviewStatus().name())
                .setParameter(5, data.collectedAt())
                .setParameter(6, data.validUntil())
                .setParameter(7, data.expired())
                .setParameter(8, data.supersededBy() != null)
                .setParameter(9, data.version())
                .setParameter(10, EvidenceCounting.decidesCoverage(facts))
                .setParameter(11, EvidenceCounting.evidencesOperation(facts))
                .setParameter(12, data.submittedBy())
                .setParameter(13, data.reviewedBy())
                .executeUpdate() > 0;
    }
}
