package dev.crosswalk.evidence.query;

import dev.crosswalk.evidence.artifacts.ArtifactRef;
import dev.crosswalk.evidence.expiry.Freshness;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.evidence.store.EvidenceLinks;
import dev.crosswalk.evidence.EvidenceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns records and their control links into API views, loading the links of a page in one query. */
@ApplicationScoped
public class EvidenceViews {
    private static final Comparator<EvidenceControl> BY_REF_CODE = Comparator.comparing(l -> l.refCode);

    @Inject
    EvidenceConfig config;

    @Inject
    EvidenceLinks evidenceLinks;

    public EvidenceView of(Evidence evidence) {
        return ofAll(List.of(evidence)).getFirst();
    }

    /** The view of a record whose links the caller holds already (just written or read), without reading them again. */
    public EvidenceView of(Evidence evidence, List<EvidenceControl> links) {
        return view(evidence, links.stream().sorted(BY_REF_CODE)
                .map(l -> new EvidenceView.ControlRef(l.controlId, l.refCode)).toList(), Instant.now());
    }

    public List<EvidenceView> ofAll(List<Evidence> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = records.stream().map(e -> e.id).toList();
        Map<UUID, List<EvidenceView.ControlRef>> links = evidenceLinks.ofAll(ids).stream()
                .sorted(BY_REF_CODE)
                .collect(Collectors.groupingBy(l -> l.evidenceId,
                        Collectors.mapping(l -> new EvidenceView.ControlRef(l.controlId, l.refCode), Collectors.toList())));
        Instant now = Instant.now();
        return records.stream().map(e -> view(e, links.getOrDefault(e.id, List.of()), now)).toList();
    }

    private EvidenceView view(Evidence e, List<EvidenceView.ControlRef> controls, Instant now) {
        ArtifactRef artifact = e.artifactSha256 == null ? null
                : new ArtifactRef(e.artifactSha256, e.artifactSize, e.artifactMediaType, e.artifactUri);
        return new EvidenceView(e.id, controls, e.kind, e.title, e.sourceSystem, e.collectedAt, e.validUntil,
                Freshness.of(e.validUntil, e.expiredAt, now, config.expiringWindow()), e.result, artifact, e.metadata,
                e.submitter, e.submitterName,
                new EvidenceView.Review(e.reviewStatus, e.reviewedBy, e.reviewerName, e.reviewedAt, e.reviewComment),
                e.supersedesId, e.supersededById, e.createdAt, e.currentVersion());
    }
}
