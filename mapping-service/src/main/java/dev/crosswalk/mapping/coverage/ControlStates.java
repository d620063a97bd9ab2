package dev.crosswalk.mapping.coverage;

import dev.crosswalk.controls.ControlDirectory;
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
    /** How many of a control's newest qualifying records are named; all of them are counted. */
    public static final int NEWEST = 20;

    @Inject
    ControlEvidenceSummaries summaries;

    @Inject
    ControlDirectory directory;

    public Map<UUID, ControlState> of(String tenantId) {
        Map<UUID, String> refs = directory.liveControlRefs(tenantId);
        Map<UUID, ControlState> states = new HashMap<>();
        for (ControlEvidenceSummaries.Summary summary : summaries.current(tenantId, Instant.now())) {
            UUID id = summary.controlId();
            if (!refs.containsKey(id)) {
                continue;
            }
            states.put(id, "pass".equals(summary.latestResult())
                    ? new ControlState(id, refs.get(id), ControlState.Operation.operating, summary.newestPassing(),
                    summary.passing())
                    : new ControlState(id, refs.get(id), ControlState.Operation.failing, List.of(), 0));
        }
        refs.forEach((id, ref) -> states.putIfAbsent(id,
                new ControlState(id, ref, ControlState.Operation.unevidenced, List.of(), 0)));
        return states;
    }
}
