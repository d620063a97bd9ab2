package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What is done about a finding, by whom and by when. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends TenantOwnedEntity {
    @Column(name = "finding_id")
    public UUID findingId;
    public String description;
    public String owner;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public CorrectiveActionStatus status;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<CorrectiveAction> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static List<CorrectiveAction> ofFinding(String tenantId, UUID findingId) {
        return list("tenantId = ?1 and findingId = ?2 order by dueDate, createdAt", tenantId, findingId);
    }
}
