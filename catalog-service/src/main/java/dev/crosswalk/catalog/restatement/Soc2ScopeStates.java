package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.soc2scope.Soc2ScopeDecision;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Every tenant's current choice of SOC 2 categories. */
@ApplicationScoped
public class Soc2ScopeStates implements StateSource {
    private static final String CURRENT = "d.version = (select max(x.version) from Soc2ScopeDecision x where x.tenantId = d.tenantId)";

    @Inject
    EntityManager entityManager;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "SOC 2 scopes";
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(d) from Soc2ScopeDecision d where " + CURRENT, Long.class)
                .getSingleResult();
    }

    @Override
    public Page page(String afterKey, int limit) {
        List<Soc2ScopeDecision> decisions = entityManager.createQuery("from Soc2ScopeDecision d where d.tenantId > ?1 and "
                        + CURRENT + " order by d.tenantId", Soc2ScopeDecision.class)
                .setParameter(1, afterKey == null ? "" : afterKey).setMaxResults(limit).getResultList();
        List<OutboxWriter.Pending> events = decisions.stream().map(d -> new OutboxWriter.Pending(d.tenantId,
                CatalogEventTypes.SOC2_SCOPE_RESTATED, d.tenantId, d.eventData())).toList();
        return new Page(events, decisions.isEmpty() ? null : decisions.getLast().tenantId);
    }
}
