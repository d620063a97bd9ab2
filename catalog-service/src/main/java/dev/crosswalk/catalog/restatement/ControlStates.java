package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.events.CatalogEventTypes;
import jakarta.enterprise.context.ApplicationScoped;

/** Every tenant's controls, before what names them (risks, decisions, and evidence in evidence-service). */
@ApplicationScoped
public class ControlStates extends TenantEntityStates<TenantControl> {
    public ControlStates() {
        super(TenantControl.class, CatalogEventTypes.CONTROL_RESTATED);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "controls";
    }

    @Override
    Object eventData(TenantControl control) {
        return control.eventData();
    }
}
