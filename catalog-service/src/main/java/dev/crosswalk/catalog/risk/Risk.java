package dev.crosswalk.catalog.risk;

import dev.crosswalk.catalog.TenantOwnedEntity;
import dev.crosswalk.events.RiskEventData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One risk of a tenant's register, with the tenant controls that treat it. */
@Entity
@Table(name = "risk")
public class Risk extends TenantOwnedEntity {
    public String title;
    public String description;
    public String owner;
    public int likelihood;
    public int impact;
    @Column(name = "inherent_score")
    public int inherentScore;
    @Column(name = "residual_likelihood")
    public Integer residualLikelihood;
    @Column(name = "residual_impact")
    public Integer residualImpact;
    @Column(name = "residual_score")
    public Integer residualScore;
    @Enumerated(EnumType.STRING)
    public RiskTreatment treatment;
    @Enumerated(EnumType.STRING)
    public RiskStatus status;
    @Column(name = "treatment_due")
    public LocalDate treatmentDue;
    @ElementCollection
    @CollectionTable(name = "risk_control", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "control_id")
    public Set<UUID> controlIds = new HashSet<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<UUID> sortedControlIds() {
        return controlIds.stream().sorted().toList();
    }

    /** Only ever looks inside the given tenant: another tenant's id finds nothing. */
    /** What its events carry: the risk as it is now. */
    public RiskEventData eventData() {
        return new RiskEventData(id, tenantId, title, owner, inherentScore, residualScore, treatment.name(),
                sortedControlIds(), currentVersion());
    }

    public static Optional<Risk> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** Which of the ids are risks of this tenant. */
    public static Set<UUID> existing(String tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select r.id from Risk r where r.tenantId = ?1 and r.id in ?2", UUID.class)
                .setParameter(1, tenantId).setParameter(2, ids).getResultList());
    }
}
