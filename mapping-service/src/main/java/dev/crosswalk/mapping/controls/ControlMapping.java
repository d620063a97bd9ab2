package dev.crosswalk.mapping.controls;

import dev.crosswalk.support.persistence.InsertOnly;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One tenant control mapped to one requirement of one framework. */
@Entity
@Table(name = "control_mapping")
public class ControlMapping extends PanacheEntityBase implements InsertOnly {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "control_id")
    public UUID controlId;
    public String framework;
    @Column(name = "requirement_ref")
    public String requirementRef;
    @Column(name = "created_at")
    public Instant createdAt;
}
