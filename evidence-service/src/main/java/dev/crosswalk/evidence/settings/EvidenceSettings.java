package dev.crosswalk.evidence.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's evidence settings as it last changed them; a tenant without a row has the defaults. */
@Entity
@Table(name = "evidence_settings")
public class EvidenceSettings extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "segregation_of_duties")
    public boolean segregationOfDuties;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
