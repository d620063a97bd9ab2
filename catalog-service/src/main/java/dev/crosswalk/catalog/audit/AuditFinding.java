package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A finding raised in an audit, optionally against one requirement of the catalogue. */
@Entity
@Table(name = "audit_finding")
public class AuditFinding extends TenantOwnedEntity {
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

    public static Optional<AuditFinding> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
