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
    /** How many of a control's newest qualifying records are named; all of them are counted. */
    public static final int NEWEST = 20;

    @Inject
    EntityManager entityManager;

    @Inject
    ControlDirectory directory;

    public Map<UUID, ControlState> of(String tenantId) {
        Map<UUID, String> refs = directory.liveControlRefs(tenantId);
        // PostgreSQL ranks and counts each control's records, so a tenant with a million records sends
        // back at most NEWEST + 1 rows per control instead of every record.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, evidence_id, result, passing from (
                          select c.control_id, s.evidence_id, s.result,
                                 row_number() over (partition by c.control_id
                                                    order by s.collected_at desc, s.evidence_id) as position,
                                 count(*) filter (where s.result = 'pass') over (partition by c.control_id) as passing
                          from evidence_state s join evidence_state_control c
                            on c.tenant_id = s.tenant_id and c.evidence_id = s.evidence_id
                          where s.tenant_id = ?1 and s.review_status = 'accepted' and not s.expired
                            and not s.superseded and s.valid_until > ?2 and s.result in ('pass', 'fail')
                        ) ranked
                        where position <= ?3
                        order by control_id, position""")
                .setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, NEWEST + 1)
                .getResultList();
        Map<UUID, ControlState> states = new HashMap<>();
        for (Object[] row : rows) {
            UUID control = (UUID) row[0];
            if (!refs.containsKey(control)) {
                continue;
            }
            ControlState state = states.computeIfAbsent(control, id -> "pass".equals(row[2])
                    ? new ControlState(id, refs.get(id), ControlState.Operation.operating, new ArrayList<>(),
                    ((Number) row[3]).longValue())
                    : new ControlState(id, refs.get(id), ControlState.Operation.failing, List.of(), 0));
            if (state.operates() && "pass".equals(row[2]) && state.evidence().size() < NEWEST) {
                state.evidence().add((UUID) row[1]);
            }
        }
        refs.forEach((id, ref) -> states.putIfAbsent(id,
                new ControlState(id, ref, ControlState.Operation.unevidenced, List.of(), 0)));
        return states;
    }
}
