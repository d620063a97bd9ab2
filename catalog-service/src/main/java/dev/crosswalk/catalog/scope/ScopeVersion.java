package dev.crosswalk.catalog.scope;

import dev.crosswalk.events.ScopeEventData;
import dev.crosswalk.support.persistence.InsertOnly;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a tenant's scope statement; versions are only ever added. */
@Entity
@Immutable
@Table(name = "scope_version")
public class ScopeVersion extends PanacheEntityBase implements InsertOnly {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public int version;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> locations;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> systems;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> services;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_units")
    public List<String> businessUnits;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScopeExclusion> exclusions;
    /** The verified subject that recorded it; null for versions from before subjects were recorded. */
    @Column(name = "recorded_by")
    public String recordedBy;
    /** What the recording client called itself; shown, never trusted. */
    @Column(name = "recorded_by_name")
    public String recordedByName;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public ScopeEventData eventData() {
        return new ScopeEventData(tenantId, summary, version, recordedBy, recordedAt);
    }

    public static Optional<ScopeVersion> current(String tenantId) {
        return find("tenantId = ?1 order by version desc", tenantId).firstResultOptional();
    }

    public static Optional<ScopeVersion> findVersion(String tenantId, int version) {
        return find("tenantId = ?1 and version = ?2", tenantId, version).firstResultOptional();
    }
}
