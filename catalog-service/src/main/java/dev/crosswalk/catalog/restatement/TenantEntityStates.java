package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.TenantOwnedEntity;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import dev.crosswalk.support.outbox.TenantKey;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** A tenant-owned entity restated in (tenant, id) order, one event per row. */
abstract class TenantEntityStates<E extends TenantOwnedEntity> implements StateSource {
    private static final UUID LOWEST = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    private final Class<E> type;
    private final String eventType;

    TenantEntityStates(Class<E> type, String eventType) {
        this.type = type;
        this.eventType = eventType;
    }

    abstract Object eventData(E entity);

    @Override
    public long count() {
        return entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                .getSingleResult();
    }

    @Override
    public Page page(String afterKey, int limit) {
        TenantKey after = TenantKey.parse(afterKey);
        List<E> rows = entityManager.createQuery("from " + type.getSimpleName()
                        + " e where e.tenantId > ?1 or (e.tenantId = ?1 and e.id > ?2) order by e.tenantId, e.id", type)
                .setParameter(1, after.tenantId())
                .setParameter(2, after.key().isEmpty() ? LOWEST : UUID.fromString(after.key()))
                .setMaxResults(limit)
                .getResultList();
        List<OutboxWriter.Pending> events = rows.stream()
                .map(e -> new OutboxWriter.Pending(e.tenantId, eventType, e.id.toString(), eventData(e))).toList();
        return new Page(events, rows.isEmpty() ? null
                : new TenantKey(rows.getLast().tenantId, rows.getLast().id.toString()).toString());
    }
}
