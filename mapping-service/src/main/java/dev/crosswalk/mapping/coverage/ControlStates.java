package dev.crosswalk.mapping.coverage;

import dev.crosswalk.controls.ControlDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Judges each control of a tenant from the evidence projection: its latest accepted, fresh, current
 * pass-or-fail record decides whether it operates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ControlStates {
    @Inject
    EntityManager entityManager;

    @Inject
    ControlDirectory directory;

    public Map<UUID, ControlState> of(String tenantId) {
        Map<UUID, String> refs = directory.liveControlRefs(tenantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.control_id, s.evidence_id, s.result
                        from evidence_state s join evidence_state_control c
                          on c.tenant_id = s.tenant_id and c.evidence_id = s.evidence_id
                        where s.tenant_id = ?1 and s.review_status = 'accepted' and not s.expired and not s.superseded
                          and s.valid_until > ?2 and s.result in ('pass', 'fail')
                        order by c.control_id, s.collected_at desc""")
                .setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(Instant.now()))
                .getResultList();
        Map<UUID, ControlState> states = new HashMap<>();
        Map<UUID, List<UUID>> passing = new HashMap<>();
        for (Object[] row : rows) {
            UUID control = (UUID) row[0];
            if (!refs.containsKey(control)) {
                continue;
            }
            if (!states.containsKey(control)) {
                ControlState.Operation latest = "pass".equals(row[2]) ? ControlState.Operation.operating
                        : ControlState.Operation.failing;
                states.put(control, new ControlState(control, refs.get(control), latest, new ArrayList<>()));
            }
            if ("pass".equals(row[2])) {
                passing.computeIfAbsent(control, c -> new ArrayList<>()).add((UUID) row[1]);
            }
        }
        refs.forEach((id, ref) -> states.putIfAbsent(id,
                new ControlState(id, ref, ControlState.Operation.unevidenced, List.of())));
        passing.forEach((id, evidence) -> {
            ControlState state = states.get(id);
            if (state.operates()) {
                state.evidence().addAll(evidence);
            }
        });
        return states;
    }
}
