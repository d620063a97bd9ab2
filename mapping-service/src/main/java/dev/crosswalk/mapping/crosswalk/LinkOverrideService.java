package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A tenant adds, retypes or rejects links of a shared crosswalk for itself, with its own rationale. */
@ApplicationScoped
@Transactional
public class LinkOverrideService {
    @Inject
    CrosswalkQueries queries;

    @Inject
    RequirementUniverse universe;

    @Inject
    EffectiveCrosswalk effective;

    @Inject
    dev.crosswalk.mapping.coverage.CoverageAnnouncer announcer;

    public record OverrideRequest(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String source,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String target,
            @jakarta.validation.constraints.NotNull LinkOverride.Action action,
            Relationship relationship,
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(10) Integer strength,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String rationale) {
    }

    /** {@code needsReview}: a newer shared crosswalk changed the link since; put the override again to confirm it. */
    public record OverrideView(String source, String target, LinkOverride.Action action, Relationship relationship,
                               Integer strength, String rationale, Instant createdAt, boolean needsReview,
                               String reviewReason) {
    }

    public OverrideView put(String tenantId, String crosswalkId, OverrideRequest request) {
        Crosswalk crosswalk = queries.require(crosswalkId);
        List<FieldError> errors = new ArrayList<>();
        if (!universe.of(crosswalk.sourceFramework).contains(request.source())) {
            errors.add(new FieldError("source", "is not a requirement of " + crosswalk.sourceFramework));
        }
        if (!universe.of(crosswalk.targetFramework).contains(request.target())) {
            errors.add(new FieldError("target", "is not a requirement of " + crosswalk.targetFramework));
        }
        boolean shared = CrosswalkLink.count("crosswalkId = ?1 and sourceRef = ?2 and targetRef = ?3",
                crosswalkId, request.source(), request.target()) > 0;
        if (request.action() == LinkOverride.Action.add && shared) {
            errors.add(new FieldError("action", "the shared crosswalk has this link already; retype or reject it"));
        }
        if (request.action() != LinkOverride.Action.add && !shared) {
            errors.add(new FieldError("action", "the shared crosswalk has no such link; add it"));
        }
        if (request.action() != LinkOverride.Action.reject
                && (request.relationship() == null || request.strength() == null
                || request.relationship() == Relationship.no_relationship)) {
            errors.add(new FieldError("relationship", "add and retype need a relationship (not no_relationship) and a strength"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The override does not fit the crosswalk", errors);
        }
        // changed in place, so the change log shows one update with what it changed, not a delete and a create
        LinkOverride override = LinkOverride.<LinkOverride>find("tenantId = ?1 and crosswalkId = ?2 and sourceRef = ?3 and targetRef = ?4",
                tenantId, crosswalkId, request.source(), request.target()).firstResultOptional().orElseGet(() -> {
                    LinkOverride created = new LinkOverride();
                    created.tenantId = tenantId;
                    created.crosswalkId = crosswalkId;
                    created.sourceRef = request.source();
                    created.targetRef = request.target();
                    return created;
                });
        override.action = request.action();
        boolean reject = request.action() == LinkOverride.Action.reject;
        override.relationship = reject ? Relationship.no_relationship : request.relationship();
        override.strength = reject ? null : request.strength();
        override.rationale = request.rationale();
        override.createdAt = Instant.now();
        override.persist();
        override.flush();
        announcer.refresh(tenantId);
        return view(override);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverrideView> list(String tenantId, String crosswalkId) {
        queries.require(crosswalkId);
        return LinkOverride.<LinkOverride>list("tenantId = ?1 and crosswalkId = ?2 order by id", tenantId, crosswalkId)
                .stream().map(LinkOverrideService::view).toList();
    }

    public void delete(String tenantId, String crosswalkId, String source, String target) {
        queries.require(crosswalkId);
        if (LinkOverride.delete("tenantId = ?1 and crosswalkId = ?2 and sourceRef = ?3 and targetRef = ?4",
                tenantId, crosswalkId, source, target) == 0) {
            throw ProblemException.notFound("Override", source + " > " + target);
        }
        announcer.refresh(tenantId);
    }

    /** The tenant's effective links of the crosswalk, shared and own, marked by origin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EffectiveLink> effectiveLinks(String tenantId, String crosswalkId) {
        queries.require(crosswalkId);
        return effective.links(tenantId, crosswalkId);
    }

    private static OverrideView view(LinkOverride o) {
        return new OverrideView(o.sourceRef, o.targetRef, o.action, o.relationship, o.strength, o.rationale, o.createdAt,
                o.needsReview, o.reviewReason);
    }

}
