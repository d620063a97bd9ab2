package dev.crosswalk.evidence.store;

import dev.crosswalk.events.EvidenceEventData;
import dev.crosswalk.support.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Writes a record's {@code evidence.*} event to the outbox, in the caller's transaction. */
@ApplicationScoped
public class EvidenceEvents {
    @Inject
    OutboxWriter outbox;

    @Inject
    EvidenceLinks links;

    /** Written at once with plain JDBC ({@link OutboxWriter#appendAll}), not as an entity flushed later. */
    public void announce(String type, Evidence e, List<EvidenceControl> links) {
        outbox.appendAll(List.of(event(type, e, links)));
    }

    public void announce(String type, Evidence e) {
        announce(type, e, links.of(e.id));
    }

    /** The event of a record as of now, for {@link OutboxWriter#appendAll}; {@link #announce} writes the same. */
    public OutboxWriter.Pending event(String type, Evidence e, List<EvidenceControl> links) {
        List<EvidenceEventData.ControlRef> controls = links.stream()
                .map(l -> new EvidenceEventData.ControlRef(l.controlId, l.refCode)).toList();
        return new OutboxWriter.Pending(e.tenantId, type, e.id.toString(), new EvidenceEventData(e.id, e.tenantId,
                controls, e.kind.name(), e.result, e.collectedAt, e.validUntil, e.reviewStatus,
                e.expiredAt != null, e.supersedesId, e.supersededById, e.artifactSha256, e.currentVersion(),
                e.submitter, e.reviewedBy));
    }
}
