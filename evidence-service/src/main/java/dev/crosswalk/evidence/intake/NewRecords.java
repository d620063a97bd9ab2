package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.evidence.artifacts.ArtifactRef;
import dev.crosswalk.evidence.artifacts.ArtifactStore;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.identity.DisplayName;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a submitted request into a new record: checks it against the rules and the tenant's live controls,
 * then builds the record and its control links, and stores them with {@link EvidenceBatchWriter}. Used by
 * every path that creates a record: single post, bulk, and a correction.
 */
@ApplicationScoped
public class NewRecords {
    @Inject
    ControlDirectory controlDirectory;

    @Inject
    ArtifactStore artifacts;

    @Inject
    EvidenceConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EvidenceBatchWriter batchWriter;

    @Inject
    Caller caller;

    /**
     * A request that passed every check, with the controls it names; its metadata as serialised once for the
     * size check (null when it has none).
     */
    public record Checked(EvidenceRequest request, Map<String, KnownControl> controls, String fingerprint,
                          byte[] metadataJson) {
    }

    /** Checks a request against the tenant's controls as they are now. */
    public Checked check(String tenantId, EvidenceRequest request) {
        return check(request, Instant.now(), controlDirectory.liveControls(tenantId, request.controls()));
    }

    /** Reads nothing itself: a bulk request looks up the controls of all its items at once. */
    Checked check(EvidenceRequest request, Instant now, Map<String, KnownControl> known) {
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
        return new Checked(request, known, RequestFingerprint.of(request, objectMapper), metadataJson);
    }

    /**
     * Stores one record with its links and its event now, not at commit, so a value PostgreSQL refuses is
     * answered like any other bad input; returns both as stored.
     */
    public EvidenceBatchWriter.NewRecord store(String tenantId, Checked checked, String idempotencyKey,
                                               UUID supersedes) {
        EvidenceBatchWriter.NewRecord record = build(tenantId, checked, idempotencyKey, supersedes);
        batchWriter.insert(List.of(record));
        return record;
    }

    /** The record a checked request becomes and its control links, not stored yet. */
    EvidenceBatchWriter.NewRecord build(String tenantId, Checked checked, String idempotencyKey, UUID supersedes) {
        EvidenceRequest request = checked.request();
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
        e.submitter = caller.subject();
        e.submitterName = DisplayName.of(request.submitter());
        e.reviewStatus = ReviewStatus.pending;
        e.supersedesId = supersedes;
        e.createdAt = Instant.now();
        e.idempotencyKey = idempotencyKey;
        e.requestFingerprint = checked.fingerprint();
        if (request.artifact() != null) {
            ArtifactRef artifact = artifacts.complete(tenantId, request.artifact());
            e.artifactSha256 = artifact.sha256();
            e.artifactSize = artifact.size();
            e.artifactMediaType = artifact.mediaType();
            e.artifactUri = artifact.uri();
        }
        List<EvidenceControl> links = new ArrayList<>(request.controls().size());
        for (String refCode : request.controls()) {
            EvidenceControl link = new EvidenceControl();
            link.evidenceId = e.id;
            link.controlId = checked.controls().get(refCode).id();
            link.tenantId = tenantId;
            link.refCode = refCode;
            links.add(link);
        }
        String metadataJson = e.metadata == null ? null : new String(checked.metadataJson(), StandardCharsets.UTF_8);
        return new EvidenceBatchWriter.NewRecord(e, links, metadataJson);
    }
}
