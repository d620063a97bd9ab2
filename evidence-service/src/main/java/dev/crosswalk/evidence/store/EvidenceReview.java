package dev.crosswalk.evidence.store;

import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.support.persistence.InsertOnly;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One review decision; the history of a record's reviews is never rewritten. */
@Entity
@Immutable
@Table(name = "evidence_review")
public class EvidenceReview extends PanacheEntityBase implements InsertOnly {
    @Id
    public UUID id;
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Enumerated(EnumType.STRING)
    public ReviewStatus decision;
    /** The verified subject that decided; null for decisions from before subjects were recorded. */
    public String reviewer;
    /** What the reviewing client called itself; shown, never trusted. */
    @Column(name = "reviewer_name")
    public String reviewerName;
    public String comment;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
