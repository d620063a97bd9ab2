package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** An audit or management review of the tenant's ISMS. */
@Entity
@Table(name = "isms_audit")
public class Audit extends TenantOwnedEntity {
    @Enumerated(EnumType.STRING)
    public AuditKind kind;
    public String title;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Enumerated(EnumType.STRING)
    public AuditStatus status;
    public String auditor;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Audit> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
