package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.applicability.ApplicabilityDecision;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import dev.crosswalk.support.outbox.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Every tenant's current applicability decision on each Annex A control (decisions before it are history). */
@ApplicationScoped
public class DecisionStates implements StateSource {
    private static final String CURRENT = """
            d.version = (select max(x.version) from ApplicabilityDecision x
                         where x.tenantId = d.tenantId and x.requirementRef = d.requirementRef)""";

    @Inject
    EntityManager entityManager;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "applicability decisions";
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(d) from ApplicabilityDecision d where " + CURRENT, Long.class)
                .getSingleResult();
    }

    @Override
    public Page page(String afterKey, int limit) {
        TenantKey after = TenantKey.parse(afterKey);
        List<ApplicabilityDecision> decisions = entityManager.createQuery("from ApplicabilityDecision d"
                        + " where (d.tenantId > ?1 or (d.tenantId = ?1 and d.requirementRef > ?2)) and " + CURRENT
                        + " order by d.tenantId, d.requirementRef", ApplicabilityDecision.class)
                .setParameter(1, after.tenantId()).setParameter(2, after.key())
                .setMaxResults(limit).getResultList();
        List<OutboxWriter.Pending> events = decisions.stream().map(d -> new OutboxWriter.Pending(d.tenantId,
                CatalogEventTypes.APPLICABILITY_RESTATED, d.requirementRef, d.eventData())).toList();
        return new Page(events, decisions.isEmpty() ? null
                : new TenantKey(decisions.getLast().tenantId, decisions.getLast().requirementRef).toString());
    }
}
