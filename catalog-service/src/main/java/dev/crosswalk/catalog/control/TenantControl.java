package dev.crosswalk.catalog.control;

import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.catalog.TenantOwnedEntity;
import dev.crosswalk.events.ControlEventData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A control of the tenant's own control set, mapped once to requirements of every framework. */
@Entity
@Table(name = "tenant_control")
public class TenantControl extends TenantOwnedEntity {
    @Column(name = "ref_code")
    public String refCode;
    public String name;
    public String description;
    public String owner;
    @Enumerated(EnumType.STRING)
    public ControlFrequency frequency;
    @Enumerated(EnumType.STRING)
    public ControlStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The library control it was adopted from, and the library version then; null for a control of its own. */
    @Column(name = "library_id")
    public String libraryId;
    @Column(name = "library_version")
    public String libraryVersion;

    /** A new control of the tenant, not stored yet: a fresh id, created and updated now, active. */
    public static TenantControl newOf(String tenantId, String refCode) {
        TenantControl control = new TenantControl();
        control.id = UUID.randomUUID();
        control.tenantId = tenantId;
        control.refCode = refCode;
        control.status = ControlStatus.active;
        control.createdAt = Instant.now();
        control.updatedAt = control.createdAt;
        return control;
    }

    /** What its events carry: the control as it is now. */
    public ControlEventData eventData() {
        return new ControlEventData(id, tenantId, refCode, name, owner, frequency, status.name(), currentVersion(),
                description);
    }

    /** Only ever looks inside the given tenant: another tenant's id finds nothing. */
    public static Optional<TenantControl> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /**
     * Serialises, until the transaction ends, the writers that create controls of a tenant in bulk (library adoption,
     * spreadsheet import), so two of them never race for the same ref codes.
     */
    public static void lockControlSetOf(String tenantId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('control-set:' || ?1))")
                .setParameter(1, tenantId).getSingleResult();
    }

    public static boolean refCodeTaken(String tenantId, String refCode, UUID except) {
        return count("tenantId = ?1 and refCode = ?2 and id <> ?3", tenantId, refCode, except) > 0;
    }
}
