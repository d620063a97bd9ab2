package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.risk.Risk;
import dev.crosswalk.events.CatalogEventTypes;
import jakarta.enterprise.context.ApplicationScoped;

/** Every tenant's risk register. */
@ApplicationScoped
public class RiskStates extends TenantEntityStates<Risk> {
    public RiskStates() {
        super(Risk.class, CatalogEventTypes.RISK_RESTATED);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "risks";
    }

    @Override
    Object eventData(Risk risk) {
        return risk.eventData();
    }
}
