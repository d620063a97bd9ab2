package dev.crosswalk.evidence.restatement;

import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.evidence.store.EvidenceEvents;
import dev.crosswalk.evidence.store.EvidenceLinks;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import dev.crosswalk.support.outbox.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every evidence record of every tenant, superseded and expired ones too, as it is now with its controls. */
@ApplicationScoped
public class EvidenceStates implements StateSource {
    private static final UUID LOWEST = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceLinks links;

    @Inject
    EvidenceEvents events;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "evidence records";
    }

    @Override
    public long count() {
        return Evidence.count();
    }

    @Override
    public Page page(String afterKey, int limit) {
        TenantKey after = TenantKey.parse(afterKey);
        List<Evidence> records = entityManager.createQuery("""
                        from Evidence e where e.tenantId > ?1 or (e.tenantId = ?1 and e.id > ?2)
                        order by e.tenantId, e.id""", Evidence.class)
                .setParameter(1, after.tenantId())
                .setParameter(2, after.key().isEmpty() ? LOWEST : UUID.fromString(after.key()))
                .setMaxResults(limit).getResultList();
        Map<UUID, List<EvidenceControl>> linksOf = links.ofAll(records.stream().map(e -> e.id).toList()).stream()
                .collect(Collectors.groupingBy(link -> link.evidenceId));
        List<OutboxWriter.Pending> restated = records.stream()
                .map(e -> events.event(EvidenceEventTypes.RESTATED, e, linksOf.getOrDefault(e.id, List.of()))).toList();
        return new Page(restated, records.isEmpty() ? null
                : new TenantKey(records.getLast().tenantId, records.getLast().id.toString()).toString());
    }
}
