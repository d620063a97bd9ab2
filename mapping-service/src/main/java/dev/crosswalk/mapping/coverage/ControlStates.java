package dev.crosswalk.mapping.coverage;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.mapping.projection.ControlEvidenceSummaries;
import dev.crosswalk.mapping.projection.SharedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Judges each control of a tenant from its evidence summary ({@link ControlEvidenceSummaries}, one row
 * per control kept by the projection): its latest accepted, fresh, current pass-or-fail record decides
 * whether it operates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ControlStates {
    @Inject
    ControlEvidenceSummaries summaries;

    @Inject
    ControlDirectory directory;

    /** The tenant's controls as of {@code now}, and for each its passing records that other controls share. */
    public record TenantStates(Map<UUID, ControlState> controls, SharedRecords shared) {
    }

    public TenantStates of(String tenantId) {
        Instant now = Instant.now();
        return new TenantStates(controls(tenantId, now), summaries.sharedPassing(tenantId, now));
    }

    private Map<UUID, ControlState> controls(String tenantId, Instant now) {
        Map<UUID, String> refs = directory.liveControlRefs(tenantId);
        Map<UUID, ControlState> states = new HashMap<>();
        for (ControlEvidenceSummaries.Summary summary : summaries.current(tenantId, now)) {
            UUID id = summary.controlId();
            if (!refs.containsKey(id)) {
                continue;
            }
            states.put(id, EvidenceResult.pass.name().equals(summary.latestResult())
                    ? new ControlState(id, refs.get(id), ControlState.Operation.operating, summary.newestPassing(),
                    summary.passing(), summary.latestValidUntil())
                    : new ControlState(id, refs.get(id), ControlState.Operation.failing, List.of(), 0));
        }
        refs.forEach((id, ref) -> states.putIfAbsent(id,
                new ControlState(id, ref, ControlState.Operation.unevidenced, List.of(), 0)));
        return states;
    }
}
