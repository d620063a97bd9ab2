package dev.crosswalk.catalog.restatement;

import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;

/** A record a tenant keeps as numbered versions (its scope, its SOC 2 scope), restated as each tenant's newest. */
abstract class LatestPerTenantStates<E> implements StateSource {
    @Inject
    EntityManager entityManager;

    private final Class<E> type;
    private final String eventType;
    private final Function<E, String> tenantOf;
    private final Function<E, Object> eventData;

    LatestPerTenantStates(Class<E> type, String eventType, Function<E, String> tenantOf, Function<E, Object> eventData) {
        this.type = type;
        this.eventType = eventType;
        this.tenantOf = tenantOf;
        this.eventData = eventData;
    }

    private String newest() {
        return "e.version = (select max(x.version) from " + type.getSimpleName() + " x where x.tenantId = e.tenantId)";
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e where " + newest(), Long.class)
                .getSingleResult();
    }

    @Override
    public Page page(String afterKey, int limit) {
        List<E> rows = entityManager.createQuery("from " + type.getSimpleName() + " e where e.tenantId > ?1 and "
                        + newest() + " order by e.tenantId", type)
                .setParameter(1, afterKey == null ? "" : afterKey).setMaxResults(limit).getResultList();
        List<OutboxWriter.Pending> events = rows.stream().map(e -> new OutboxWriter.Pending(tenantOf.apply(e), eventType,
                tenantOf.apply(e), eventData.apply(e))).toList();
        return new Page(events, rows.isEmpty() ? null : tenantOf.apply(rows.getLast()));
    }
}
