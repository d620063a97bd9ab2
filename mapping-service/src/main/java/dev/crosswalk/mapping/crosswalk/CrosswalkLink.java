package dev.crosswalk.mapping.crosswalk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A requirement-to-requirement link of a shared crosswalk. */
@Entity
@Table(name = "crosswalk_link")
public class CrosswalkLink extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "crosswalk_id")
    public String crosswalkId;
    @Column(name = "source_ref")
    public String sourceRef;
    @Column(name = "target_ref")
    public String targetRef;
    @Enumerated(EnumType.STRING)
    public Relationship relationship;
    public int strength;
    public String rationale;
    /** What the target asks for that the source does not give; null when the source covers it all. */
    public String residual;
    public String change;
}
