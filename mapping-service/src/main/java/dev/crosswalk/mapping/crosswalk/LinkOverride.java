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
import java.time.Instant;

/** A tenant's own change to one link of a shared crosswalk; the shared link itself never changes. */
@Entity
@Table(name = "link_override")
public class LinkOverride extends PanacheEntityBase {
    public enum Action { add, retype, reject }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "crosswalk_id")
    public String crosswalkId;
    @Column(name = "source_ref")
    public String sourceRef;
    @Column(name = "target_ref")
    public String targetRef;
    @Enumerated(EnumType.STRING)
    public Action action;
    @Enumerated(EnumType.STRING)
    public Relationship relationship;
    public Integer strength;
    public String rationale;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Set when a new version of the shared crosswalk changed or removed the link this override is about. */
    @Column(name = "needs_review")
    public boolean needsReview;
    @Column(name = "review_reason")
    public String reviewReason;
}
