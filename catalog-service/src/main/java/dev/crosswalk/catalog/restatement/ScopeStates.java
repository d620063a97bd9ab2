package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.scope.ScopeVersion;
import dev.crosswalk.events.CatalogEventTypes;
import jakarta.enterprise.context.ApplicationScoped;

/** Every tenant's current ISMS scope statement (earlier versions are history). */
@ApplicationScoped
public class ScopeStates extends LatestPerTenantStates<ScopeVersion> {
    ScopeStates() {
        super(ScopeVersion.class, CatalogEventTypes.SCOPE_RESTATED, s -> s.tenantId, ScopeVersion::eventData);
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String name() {
        return "ISMS scopes";
    }
}
