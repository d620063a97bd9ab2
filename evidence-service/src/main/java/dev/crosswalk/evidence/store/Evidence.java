package dev.crosswalk.evidence.store;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.rules.EvidenceCounting;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/**
 * One evidence record. Its content never changes after it is recorded: only the review decision,
 * the supersession link and the expiry mark are set later.
 */
@Entity
public class Evidence extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;
    public String title;
    @Column(name = "source_system")
    public String sourceSystem;
    @Column(name = "collected_at")
    public Instant collectedAt;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Enumerated(EnumType.STRING)
    public EvidenceResult result;
    @Column(name = "artifact_sha256")
    public String artifactSha256;
    @Column(name = "artifact_size")
    public Long artifactSize;
    @Column(name = "artifact_media_type")
    public String artifactMediaType;
    @Column(name = "artifact_uri")
    public String artifactUri;
    /** Never changed in place, so Hibernate need not snapshot and compare it at every flush. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public JsonNode metadata;
    /** The verified subject that submitted it; null for records from before subjects were recorded. */
    public String submitter;
    /** What the submitting client called itself; shown, never trusted. */
    @Column(name = "submitter_name")
    public String submitterName;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus;
    /** The verified subject of the latest review. */
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewer_name")
    public String reviewerName;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_comment")
    public String reviewComment;
    @Column(name = "supersedes_id")
    public UUID supersedesId;
    @Column(name = "superseded_by_id")
    public UUID supersededById;
    @Column(name = "expired_at")
    public Instant expiredAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_fingerprint")
    public String requestFingerprint;
    /** Null on a record built but not stored yet (EvidenceBatchWriter stores it as 0); Hibernate checks it on update. */
    @Version
    public Long version;

    /** The version as stored, or 0 (the first version) for a record not flushed yet. */
    public long currentVersion() {
        return version == null ? 0 : version;
    }

    /**
     * Only ever looks inside the given tenant: another tenant's id finds nothing. Loaded by primary key, so
     * Hibernate has no query to interpret and bind (a large share of a review's CPU otherwise).
     */
    public static Optional<Evidence> findForTenant(String tenantId, UUID id) {
        return Optional.ofNullable(Evidence.<Evidence>findById(id)).filter(e -> e.tenantId.equals(tenantId));
    }

    /** The tenant's record with the id as given in a path; 404 problem when it is not a UUID or not the tenant's. */
    public static Evidence require(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Evidence", id));
    }

    /** What {@link EvidenceCounting} needs of this record. */
    public EvidenceCounting.Facts countingFacts() {
        return new EvidenceCounting.Facts(result, reviewStatus, expiredAt != null, supersededById != null, validUntil);
    }

    public static Optional<Evidence> findByIdempotencyKey(String tenantId, String key) {
        return find("tenantId = ?1 and idempotencyKey = ?2", tenantId, key).firstResultOptional();
    }
}
