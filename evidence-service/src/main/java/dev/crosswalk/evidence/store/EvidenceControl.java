package dev.crosswalk.evidence.store;

import dev.crosswalk.support.persistence.InsertOnly;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Links a record to one of the controls it is evidence for. */
@Entity
@Immutable
@Table(name = "evidence_control")
@IdClass(EvidenceControl.Key.class)
public class EvidenceControl extends PanacheEntityBase implements InsertOnly {
    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Id
    @Column(name = "control_id")
    public UUID controlId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "ref_code")
    public String refCode;

    public static class Key implements Serializable {
        public UUID evidenceId;
        public UUID controlId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(evidenceId, key.evidenceId)
                    && Objects.equals(controlId, key.controlId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(evidenceId, controlId);
        }
    }
}
