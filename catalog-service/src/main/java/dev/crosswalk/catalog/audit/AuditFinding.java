package dev.crosswalk.catalog.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A finding raised in an audit, optionally against one requirement of the catalogue. */
@Entity
@Table(name = "audit_finding")
public class AuditFinding extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "audit_id")
    public UUID auditId;
    @Enumerated(EnumType.STRING)
    public FindingType type;
    @Column(name = "framework_id")
    public String frameworkId;
    @Column(name = "requirement_ref")
    public String requirementRef;
    public String description;
    @Enumerated(EnumType.STRING)
    public FindingStatus status;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Version
    public Long version;

    public long currentVersion() {
        return version == null ? 0 : version;
    }

    public static Optional<AuditFinding> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
