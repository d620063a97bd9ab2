package dev.crosswalk.mapping.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.EvidenceEventData;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps what coverage needs of each evidence record, from {@code evidence.events} only: every event
 * carries the whole record, so the newest version wins and a replayed or duplicated event changes
 * nothing (processed-event table in the same transaction). The record's links to its controls are
 * replaced by the event's, and the per-control summaries ({@link ControlEvidenceSummaries}) move its
 * contribution in the same transaction.
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
    ControlEvidenceSummaries summaries;

    @Inject
    CoverageAnnouncer announcer;

    public void apply(IncomingEvent event) {
        if (!event.type().startsWith("evidence.") || !processedEvents.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        EvidenceEventData data = event.dataAs(EvidenceEventData.class, objectMapper).orElse(null);
        if (data == null || data.id() == null || !event.tenantId().equals(data.tenantId()) || data.controls() == null) {
            LOG.warnf("Skipping %s event %s: unreadable, or tenant, id or controls missing", event.type(), event.id());
            return;
        }
        int applied = entityManager.createNativeQuery("""
                        insert into evidence_state (tenant_id, evidence_id, result, review_status, collected_at,
                                                    valid_until, expired, superseded, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (tenant_id, evidence_id) do update
                        set result = excluded.result, review_status = excluded.review_status,
                            collected_at = excluded.collected_at, valid_until = excluded.valid_until,
                            expired = excluded.expired, superseded = excluded.superseded, version = excluded.version
                        where evidence_state.version <= excluded.version""")
                .setParameter(1, data.tenantId())
                .setParameter(2, data.id())
                .setParameter(3, data.result())
                .setParameter(4, data.reviewStatus())
                .setParameter(5, data.collectedAt())
                .setParameter(6, data.validUntil())
                .setParameter(7, data.expired())
                .setParameter(8, data.supersededBy() != null)
                .setParameter(9, data.version())
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        Set<UUID> controls = new LinkedHashSet<>();
        data.controls().stream().filter(c -> c != null && c.id() != null).forEach(c -> controls.add(c.id()));
        summaries.relink(data.tenantId(), data.id(), controls);
        announcer.markDue(data.tenantId());
    }
}
