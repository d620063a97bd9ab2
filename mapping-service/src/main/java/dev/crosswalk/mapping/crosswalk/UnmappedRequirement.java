package dev.crosswalk.mapping.crosswalk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A requirement the crosswalk's authors found no counterpart for, and why. */
@Entity
@Table(name = "crosswalk_unmapped")
public class UnmappedRequirement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "crosswalk_id")
    public String crosswalkId;
    public String framework;
    public String ref;
    public String reason;
}
