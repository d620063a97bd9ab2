package dev.crosswalk.evidence.records;

import dev.crosswalk.events.ReviewStatus;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.evidence.artifacts.ArtifactStore;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.FieldErrors;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records evidence: checks it, resolves its controls against the local read model, applies
 * idempotency keys, and commits each record together with its {@code evidence.*} events.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    ControlDirectory controlDirectory;

    @Inject
    EvidenceEvents events;

    @Inject
    EvidenceViews views;

    @Inject
    ArtifactStore artifacts;

    @Inject
    EvidenceConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Validator validator;

    @Inject
    EvidenceBatchWriter batchWriter;

    @Inject
    EvidenceLinks evidenceLinks;

    @Inject
    EvidenceReviewWriter reviewWriter;

    /** A stored record, or the earlier one an idempotent retry stands for. */
    public record Outcome(EvidenceView evidence, boolean replayed) {
    }

    /**
     * A request that passed every check, ready to store unless it replays {@code existing}; its metadata
     * as serialised once for the size check (null when it has none).
     */
    private record Prepared(EvidenceRequest request, Map<String, KnownControl> controls, String idempotencyKey,
                            String fingerprint, Evidence existing, byte[] metadataJson) {
    }

    public Outcome record(String tenantId, EvidenceRequest request, String idempotencyKey) {
        String key = checkKey(idempotencyKey);
        Prepared prepared = prepare(tenantId, request, key, Instant.now(),
                controlDirectory.liveControls(tenantId, request.controls()),
                key == null ? null : Evidence.findByIdempotencyKey(tenantId, key).orElse(null));
        if (prepared.existing() != null) {
            return new Outcome(views.of(prepared.existing()), true);
        }
        EvidenceBatchWriter.NewRecord stored = store(tenantId, prepared, null);
        return new Outcome(views.of(stored.evidence(), stored.links()), false);
    }

    /** Stores a correction of a current record; the old record stays, marked superseded. */
    public EvidenceView supersede(String tenantId, String id, EvidenceRequest correction) {
        Evidence old = require(tenantId, id);
        if (old.supersededById != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Evidence " + id + " was already superseded by " + old.supersededById + "; correct that one");
        }
        Prepared prepared = prepare(tenantId, correction, null, Instant.now(),
                controlDirectory.liveControls(tenantId, correction.controls()), null);
        EvidenceBatchWriter.NewRecord replacement = store(tenantId, prepared, old.id);
        old.supersededById = replacement.evidence().id;
        old.flush();
        events.announce(EvidenceEventTypes.SUPERSEDED, old);
        return views.of(replacement.evidence(), replacement.links());
    }

    public EvidenceView review(String tenantId, String id, ReviewRequest review, Long expectedVersion) {
        Evidence evidence = require(tenantId, id);
        VersionTag.check(expectedVersion, evidence.currentVersion());
        if (evidence.supersededById != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Evidence " + id + " was superseded by " + evidence.supersededById + "; review the current record");
        }
        if (review.decision() == ReviewStatus.pending) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A review decides: accepted or rejected",
                    List.of(new FieldError("decision", "must be accepted or rejected")));
        }
        if (review.decision() == ReviewStatus.rejected && (review.comment() == null || review.comment().isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A rejection must say why",
                    List.of(new FieldError("comment", "is required when the decision is rejected")));
        }
        // written below with plain JDBC (EvidenceReviewWriter), so Hibernate must not flush the record itself
        Evidence.getEntityManager().detach(evidence);
        long readVersion = evidence.currentVersion();
        EvidenceReview decision = new EvidenceReview();
        decision.id = UUID.randomUUID();
        decision.evidenceId = evidence.id;
        decision.tenantId = tenantId;
        decision.decision = review.decision();
        decision.reviewer = review.reviewer();
        decision.comment = review.comment();
        decision.decidedAt = Instant.now();
        evidence.reviewStatus = review.decision();
        evidence.reviewedBy = review.reviewer();
        evidence.reviewedAt = decision.decidedAt;
        evidence.reviewComment = review.comment();
        evidence.version = readVersion + 1;
        reviewWriter.write(decision, evidence, readVersion);
        List<EvidenceControl> links = evidenceLinks.of(evidence.id);
        events.announce(EvidenceEventTypes.REVIEWED, evidence, links);
        return views.of(evidence, links);
    }

    /**
     * Records many items in one transaction. Each item is checked on its own: the valid ones are
     * stored, the others are answered with their problem; a repeated idempotency key replays. All
     * lookups (controls, keys) happen once for the whole request, before anything is written; the
     * records, their links and their events are then written with JDBC batches
     * ({@link EvidenceBatchWriter}), in the same transaction: all of them or, if PostgreSQL refuses a
     * value, none.
     */
    public BulkResult recordAll(String tenantId, List<BulkItem> items) {
        if (items.size() > config.maxBulkItems()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "A bulk request holds at most " + config.maxBulkItems() + " items; this one has " + items.size());
        }
        Instant now = Instant.now();
        List<Object> parsed = new ArrayList<>(items.size());
        Set<String> refs = new java.util.HashSet<>();
        Set<String> keys = new java.util.HashSet<>();
        for (BulkItem item : items) {
            try {
                Keyed keyed = parseItem(item);
                refs.addAll(keyed.request().controls());
                if (keyed.key() != null) {
                    keys.add(keyed.key());
                }
                parsed.add(keyed);
            } catch (ProblemException e) {
                parsed.add(e);
            }
        }
        Map<String, KnownControl> known = controlDirectory.liveControls(tenantId, refs);
        Map<String, Evidence> stored = new HashMap<>();
        if (!keys.isEmpty()) {
            Evidence.<Evidence>list("tenantId = ?1 and idempotencyKey in ?2", tenantId, keys)
                    .forEach(e -> stored.put(e.idempotencyKey, e));
        }
        List<BulkResult.Item> results = new ArrayList<>();
        List<EvidenceBatchWriter.NewRecord> fresh = new ArrayList<>();
        int created = 0;
        int replayed = 0;
        for (int index = 0; index < parsed.size(); index++) {
            try {
                if (parsed.get(index) instanceof ProblemException problem) {
                    throw problem;
                }
                Keyed keyed = (Keyed) parsed.get(index);
                Prepared prepared = prepare(tenantId, keyed.request(), keyed.key(), now, known,
                        keyed.key() == null ? null : stored.get(keyed.key()));
                if (prepared.existing() != null) {
                    results.add(new BulkResult.Item(index, BulkResult.Outcome.replayed, prepared.existing().id, null));
                    replayed++;
                } else {
                    EvidenceBatchWriter.NewRecord record = build(tenantId, prepared, null);
                    fresh.add(record);
                    Evidence evidence = record.evidence();
                    if (keyed.key() != null) {
                        stored.put(keyed.key(), evidence);
                    }
                    results.add(new BulkResult.Item(index, BulkResult.Outcome.created, evidence.id, null));
                    created++;
                }
            } catch (ProblemException e) {
                results.add(new BulkResult.Item(index, BulkResult.Outcome.rejected, null, e.toProblem()));
            }
        }
        batchWriter.insert(fresh);
        return new BulkResult(created, replayed, items.size() - created - replayed, results);
    }

    /** A parsed bulk item and its idempotency key, if it has one. */
    private record Keyed(EvidenceRequest request, String key) {
    }

    private Keyed parseItem(BulkItem item) {
        if (item.unreadable() != null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, item.unreadable());
        }
        JsonNode json = item.json();
        String key = checkKey(json.path("idempotencyKey").isTextual() ? json.path("idempotencyKey").asText() : null);
        return new Keyed(parse(json), key);
    }

    private EvidenceRequest parse(JsonNode item) {
        EvidenceRequest request;
        try {
            if (!item.isObject()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "An item must be a JSON object");
            }
            request = objectMapper.treeToValue(item, EvidenceRequest.class);
        } catch (JsonMappingException e) {
            FieldError error = FieldErrors.of(e);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Field '" + error.field() + "' " + error.message(),
                    List.of(error));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The item is not valid JSON");
        }
        Set<ConstraintViolation<EvidenceRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = FieldErrors.of(violations);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are invalid", errors);
        }
        return request;
    }

    /**
     * Checks a request against the rules and the tenant's controls, and against the record an
     * idempotency key already stands for. Reads nothing itself: callers fetch controls and keys first.
     */
    private Prepared prepare(String tenantId, EvidenceRequest request, String idempotencyKey, Instant now,
                             Map<String, KnownControl> known, Evidence existing) {
        byte[] metadataJson = EvidenceRules.metadataJson(request, objectMapper);
        List<FieldError> errors = EvidenceRules.check(request, now, config, metadataJson);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are invalid", errors);
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.controls().size(); i++) {
            if (!known.containsKey(request.controls().get(i))) {
                unknown.add(new FieldError("controls[" + i + "]",
                        "'" + request.controls().get(i) + "' is not a live control of this tenant"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Evidence must name existing, non-retired controls of the tenant (by refCode)", unknown);
        }
        String fingerprint = RequestFingerprint.of(request, objectMapper);
        if (existing != null && !fingerprint.equals(existing.requestFingerprint)) {
            throw keyReused(idempotencyKey);
        }
        return new Prepared(request, known, idempotencyKey, fingerprint, existing, metadataJson);
    }

    /**
     * Stores one record with its links and its event, as a bulk request stores each of its records
     * ({@link EvidenceBatchWriter}: plain JDBC, no persistence-context bookkeeping); returns both as stored.
     * The rows are written now, not at commit, so a value PostgreSQL refuses is answered like any other bad input.
     */
    private EvidenceBatchWriter.NewRecord store(String tenantId, Prepared prepared, UUID supersedes) {
        EvidenceBatchWriter.NewRecord record = build(tenantId, prepared, supersedes);
        batchWriter.insert(List.of(record));
        return record;
    }

    /** The record a prepared request becomes and its control links, not stored yet. */
    private EvidenceBatchWriter.NewRecord build(String tenantId, Prepared prepared, UUID supersedes) {
        EvidenceRequest request = prepared.request();
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.tenantId = tenantId;
        e.kind = request.kind();
        e.title = request.title().strip();
        e.sourceSystem = request.sourceSystem();
        e.collectedAt = request.collectedAt();
        e.validUntil = EvidenceRules.validUntil(request, config);
        e.result = request.result();
        e.metadata = request.metadata() == null || request.metadata().isNull() ? null : request.metadata();
        e.submitter = request.submitter();
        e.reviewStatus = ReviewStatus.pending;
        e.supersedesId = supersedes;
        e.createdAt = Instant.now();
        e.idempotencyKey = prepared.idempotencyKey();
        e.requestFingerprint = prepared.fingerprint();
        attachArtifact(tenantId, e, request.artifact());
        List<EvidenceControl> links = new ArrayList<>(request.controls().size());
        for (String refCode : request.controls()) {
            EvidenceControl link = new EvidenceControl();
            link.evidenceId = e.id;
            link.controlId = prepared.controls().get(refCode).id();
            link.tenantId = tenantId;
            link.refCode = refCode;
            links.add(link);
        }
        String metadataJson = e.metadata == null ? null : new String(prepared.metadataJson(), StandardCharsets.UTF_8);
        return new EvidenceBatchWriter.NewRecord(e, links, metadataJson);
    }

    /** Uses the stored artifact's size and type when the client uploaded it here and left them out. */
    private void attachArtifact(String tenantId, Evidence e, EvidenceRequest.ArtifactRef artifact) {
        if (artifact == null) {
            return;
        }
        Optional<ArtifactStore.StoredArtifact> uploaded = artifacts.find(tenantId, artifact.sha256());
        e.artifactSha256 = artifact.sha256();
        e.artifactSize = artifact.size() != null ? artifact.size() : uploaded.map(ArtifactStore.StoredArtifact::size).orElse(null);
        e.artifactMediaType = artifact.mediaType() != null ? artifact.mediaType()
                : uploaded.map(ArtifactStore.StoredArtifact::mediaType).orElse(null);
        e.artifactUri = artifact.uri() != null ? artifact.uri()
                : uploaded.map(a -> ArtifactStore.PATH + "/" + a.sha256()).orElse(null);
    }

    private static String checkKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new ProblemException(ProblemType.BAD_PARAMETER,
                    "Idempotency-Key must be 1-" + MAX_IDEMPOTENCY_KEY + " characters",
                    List.of(new Problem.FieldError("idempotencyKey", "must be 1-" + MAX_IDEMPOTENCY_KEY + " characters")));
        }
        return key;
    }

    private static ProblemException keyReused(String key) {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency key '" + key
                + "' was used for a different request; use a new key for new evidence");
    }

    static Evidence require(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> Evidence.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Evidence", id));
    }
}
