package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.soc2scope.Soc2ScopeDecision;
import dev.crosswalk.events.CatalogEventTypes;
import jakarta.enterprise.context.ApplicationScoped;

/** Every tenant's current choice of SOC 2 categories. */
@ApplicationScoped
public class Soc2ScopeStates extends LatestPerTenantStates<Soc2ScopeDecision> {
    Soc2ScopeStates() {
        super(Soc2ScopeDecision.class, CatalogEventTypes.SOC2_SCOPE_RESTATED, d -> d.tenantId, Soc2ScopeDecision::eventData);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "SOC 2 scopes";
    }
}
