package dev.crosswalk.controls;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlEventData;
import dev.crosswalk.support.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The local read model of the tenants' controls, kept from {@code catalog.events}. Services validate
 * control refs here, so they never wait on the catalog. Older snapshots never overwrite newer ones.
 */
@ApplicationScoped
@Transactional
public class ControlDirectory extends CatalogProjection {
    private static final Logger LOG = Logger.getLogger(ControlDirectory.class);
    private static final Set<String> CONTROL_EVENTS = Set.of(CatalogEventTypes.CONTROL_CREATED,
            CatalogEventTypes.CONTROL_UPDATED, CatalogEventTypes.CONTROL_DELETED, CatalogEventTypes.CONTROL_RESTATED);

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> types() {
        return CONTROL_EVENTS;
    }

    @Override
    protected String consumerSuffix() {
        return "";
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!CONTROL_EVENTS.contains(event.type()) || !firstDelivery(event)) {
            return;
        }
        ControlEventData control = event.dataAs(ControlEventData.class, objectMapper).orElse(null);
        if (control == null || control.id() == null || !event.tenantId().equals(control.tenantId())) {
            LOG.warnf("Skipping %s event %s: unreadable, or tenant or id missing or inconsistent", event.type(), event.id());
            return;
        }
        entityManager.createNativeQuery("""
                        insert into known_control (tenant_id, control_id, ref_code, name, frequency, status, version, deleted,
                                                   owner, description)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (tenant_id, control_id) do update
                        set ref_code = excluded.ref_code, name = excluded.name, frequency = excluded.frequency,
                            status = excluded.status, version = excluded.version, deleted = excluded.deleted,
                            owner = excluded.owner, description = excluded.description
                        where known_control.version <= excluded.version""")
                .setParameter(1, control.tenantId())
                .setParameter(2, control.id())
                .setParameter(3, control.refCode())
                .setParameter(4, control.name())
                .setParameter(5, control.frequency() == null ? null : control.frequency().name())
                .setParameter(6, control.status())
                .setParameter(7, control.version())
                .setParameter(8, CatalogEventTypes.CONTROL_DELETED.equals(event.type()))
                .setParameter(9, control.owner())
                .setParameter(10, control.description())
                .executeUpdate();
    }

    /**
     * The tenant's live (not deleted, not retired) controls among the given ref codes, by ref code. Read with
     * plain JDBC on the transaction's connection: every evidence post asks, and the native query through
     * Hibernate cost more CPU than the rest of the lookup. The table is only written by {@link #apply}, which
     * runs its statement at once, so no Hibernate state can be pending for it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, KnownControl> liveControls(String tenantId, Collection<String> refCodes) {
        Map<String, KnownControl> found = new HashMap<>();
        if (refCodes.isEmpty()) {
            return found;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select control_id, ref_code, name, frequency, status, owner, description from known_control
                    where tenant_id = ? and ref_code = any(?) and not deleted and status <> 'retired'""")) {
                select.setString(1, tenantId);
                select.setArray(2, connection.createArrayOf("varchar", refCodes.toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        KnownControl control = new KnownControl(rs.getObject(1, UUID.class), rs.getString(2),
                                rs.getString(3), KnownControl.frequency(rs.getString(4)), rs.getString(5), rs.getString(6),
                                rs.getString(7));
                        found.put(control.refCode(), control);
                    }
                }
            }
        });
        return found;
    }

    /** All live controls of the tenant: id to refCode. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> liveControlRefs(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, ref_code from known_control
                        where tenant_id = ?1 and not deleted and status <> 'retired'""")
                .setParameter(1, tenantId)
                .getResultList();
        Map<UUID, String> refs = new HashMap<>();
        rows.forEach(row -> refs.put((UUID) row[0], (String) row[1]));
        return refs;
    }

    /** All live controls of the tenant, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, KnownControl> liveControlsById(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, ref_code, name, frequency, status, owner, description from known_control
                        where tenant_id = ?1 and not deleted and status <> 'retired'""")
                .setParameter(1, tenantId)
                .getResultList();
        Map<UUID, KnownControl> controls = new HashMap<>();
        rows.forEach(row -> controls.put((UUID) row[0], new KnownControl((UUID) row[0], (String) row[1], (String) row[2],
                KnownControl.frequency((String) row[3]), (String) row[4], (String) row[5], (String) row[6])));
        return controls;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownControl> liveControl(String tenantId, String refCode) {
        return Optional.ofNullable(liveControls(tenantId, List.of(refCode)).get(refCode));
    }
}
