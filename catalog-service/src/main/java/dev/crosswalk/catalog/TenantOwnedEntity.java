package dev.crosswalk.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/** A row a tenant owns: its id, the tenant, and the optimistic-lock version behind ETag/If-Match. */
@MappedSuperclass
public abstract class TenantOwnedEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    /** Null until first stored: that is how Hibernate knows a new row without reading the table. */
    @Version
    public Long version;

    /** The version as stored, or 0 (the first version) for a row not flushed yet. */
    public long currentVersion() {
        return version == null ? 0 : version;
    }
}
