package dev.crosswalk.catalog.applicability;

import dev.crosswalk.events.ApplicabilityEventData;
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

/** One decision on one Annex A control; decisions are only added, the highest version is the current one. */
@Entity
@Immutable
@Table(name = "applicability_decision")
public class ApplicabilityDecision extends PanacheEntityBase implements InsertOnly {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "requirement_ref")
    public String requirementRef;
    public int version;
    public boolean applicable;
    public String justification;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ApplicabilityReason> reasons;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "risk_ids")
    public List<UUID> riskIds;
    /** The verified subject that decided; null for decisions from before subjects were recorded. */
    @Column(name = "decided_by")
    public String decidedBy;
    /** What the deciding client called itself; shown, never trusted. */
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** What its event carries. */
    public ApplicabilityEventData eventData() {
        return new ApplicabilityEventData(tenantId, requirementRef, applicable, justification,
                reasons.stream().map(Object::toString).toList(), riskIds, decidedBy, decidedAt, version);
    }

    public static Optional<ApplicabilityDecision> current(String tenantId, String ref) {
        return find("tenantId = ?1 and requirementRef = ?2 order by version desc", tenantId, ref).firstResultOptional();
    }

    public static List<ApplicabilityDecision> allCurrent(String tenantId) {
        return list("""
                from ApplicabilityDecision d where d.tenantId = ?1
                and d.version = (select max(x.version) from ApplicabilityDecision x
                                 where x.tenantId = d.tenantId and x.requirementRef = d.requirementRef)""", tenantId);
    }

    /** The Annex A refs whose current decision cites the risk, in order. */
    @SuppressWarnings("unchecked")
    public static List<String> currentRefsCiting(String tenantId, UUID riskId) {
        return getEntityManager().createNativeQuery("""
                        select d.requirement_ref from applicability_decision d
                        where d.tenant_id = ?1 and d.risk_ids @> cast(?2 as jsonb)
                          and d.version = (select max(x.version) from applicability_decision x
                                           where x.tenant_id = d.tenant_id and x.requirement_ref = d.requirement_ref)
                        order by d.requirement_ref""", String.class)
                .setParameter(1, tenantId)
                .setParameter(2, "[\"" + riskId + "\"]")
                .getResultList();
    }
}
