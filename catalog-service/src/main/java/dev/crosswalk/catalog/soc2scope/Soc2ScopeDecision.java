package dev.crosswalk.catalog.soc2scope;

import dev.crosswalk.events.Soc2ScopeEventData;
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

/** One choice of the categories a tenant's SOC 2 report covers; only added, the highest version is current. */
@Entity
@Immutable
@Table(name = "soc2_scope_decision")
public class Soc2ScopeDecision extends PanacheEntityBase implements InsertOnly {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TscCategory> categories;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public Soc2ScopeEventData eventData() {
        return new Soc2ScopeEventData(tenantId, categories.stream().map(Enum::name).toList(), decidedBy, decidedAt, version);
    }

    public static Optional<Soc2ScopeDecision> current(String tenantId) {
        return find("tenantId = ?1 order by version desc", tenantId).firstResultOptional();
    }
}
