package dev.crosswalk.mapping.controls;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.mapping.controls.ControlMappingViews.ControlMappings;
import dev.crosswalk.mapping.controls.ControlMappingViews.Suggestion;
import dev.crosswalk.mapping.controls.ControlMappingViews.Target;
import dev.crosswalk.mapping.coverage.CoverageAnnouncer;
import dev.crosswalk.mapping.crosswalk.Crosswalk;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import dev.crosswalk.mapping.crosswalk.EffectiveCrosswalk;
import dev.crosswalk.mapping.crosswalk.EffectiveLink;
import dev.crosswalk.mapping.crosswalk.RequirementUniverse;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant control is mapped once, to requirements of every framework; the crosswalk then suggests
 * the requirements of the other framework that its mapped requirements link to.
 */
@ApplicationScoped
@Transactional
public class ControlMappingService {
    public static final String CONTROL_MAPPED = "control.mapped";

    @Inject
    ControlDirectory controls;

    @Inject
    RequirementUniverse universe;

    @Inject
    EffectiveCrosswalk crosswalk;

    @Inject
    OutboxWriter outbox;

    @Inject
    CoverageAnnouncer announcer;

    /** Event data of {@code control.mapped} on mapping.events. */
    public record ControlMappedData(String tenantId, UUID controlId, String controlRef, List<RequirementId> requirements) {
    }

    public ControlMappings replace(String tenantId, String controlRef, List<Target> targets) {
        KnownControl control = require(tenantId, controlRef);
        Map<String, Set<String>> known = universe.all();
        List<FieldError> errors = new ArrayList<>();
        Set<RequirementId> wanted = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            Set<String> refs = known.get(target.framework());
            if (refs == null) {
                errors.add(new FieldError("requirements[" + i + "].framework", "is not a framework of any crosswalk: "
                        + String.join(", ", known.keySet())));
            } else if (!refs.contains(target.ref())) {
                errors.add(new FieldError("requirements[" + i + "].ref", "'" + target.ref() + "' is not a requirement of "
                        + target.framework()));
            } else if (!wanted.add(new RequirementId(target.framework(), target.ref()))) {
                errors.add(new FieldError("requirements[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Some requirements cannot be mapped", errors);
        }
        ControlMapping.delete("tenantId = ?1 and controlId = ?2", tenantId, control.id());
        Instant now = Instant.now();
        for (RequirementId requirement : wanted) {
            ControlMapping mapping = new ControlMapping();
            mapping.tenantId = tenantId;
            mapping.controlId = control.id();
            mapping.framework = requirement.framework();
            mapping.requirementRef = requirement.ref();
            mapping.createdAt = now;
            mapping.persist();
        }
        outbox.append(tenantId, CONTROL_MAPPED, control.id().toString(),
                new ControlMappedData(tenantId, control.id(), control.refCode(), List.copyOf(wanted)));
        ControlMapping.flush();
        announcer.refresh(tenantId);
        return view(tenantId, control);
    }

    /**
     * Replaces the mappings of several controls, each in its own transaction, so one bad item does not
     * undo the others; the answer says per item what happened.
     */
    @Transactional(Transactional.TxType.NEVER)
    public ControlMappingViews.BulkResult replaceAll(String tenantId, List<ControlMappingViews.BulkItem> items) {
        List<ControlMappingViews.BulkItemResult> results = new ArrayList<>();
        int mapped = 0;
        for (int i = 0; i < items.size(); i++) {
            ControlMappingViews.BulkItem item = items.get(i);
            try {
                ControlMappings done = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> replace(tenantId, item.control(), item.requirements()));
                results.add(new ControlMappingViews.BulkItemResult(i, item.control(), true, done.requirements(), null));
                mapped++;
            } catch (ProblemException e) {
                results.add(new ControlMappingViews.BulkItemResult(i, item.control(), false, List.of(), e.toProblem()));
            } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
                if (!(e.getCause() instanceof ProblemException problem)) {
                    throw e;
                }
                results.add(new ControlMappingViews.BulkItemResult(i, item.control(), false, List.of(), problem.toProblem()));
            }
        }
        return new ControlMappingViews.BulkResult(mapped, items.size() - mapped, results);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ControlMappings get(String tenantId, String controlRef) {
        return view(tenantId, require(tenantId, controlRef));
    }

    private ControlMappings view(String tenantId, KnownControl control) {
        List<RequirementId> mapped = ControlMapping.<ControlMapping>list(
                        "tenantId = ?1 and controlId = ?2 order by framework, id", tenantId, control.id()).stream()
                .map(m -> new RequirementId(m.framework, m.requirementRef)).toList();
        return new ControlMappings(control.id(), control.refCode(), mapped, suggestions(tenantId, mapped));
    }

    private List<Suggestion> suggestions(String tenantId, List<RequirementId> mapped) {
        Set<RequirementId> have = Set.copyOf(mapped);
        List<Suggestion> suggestions = new ArrayList<>();
        Set<RequirementId> suggested = new LinkedHashSet<>();
        for (Crosswalk cw : Crosswalk.<Crosswalk>listAll()) {
            for (EffectiveLink link : crosswalk.links(tenantId, cw.id)) {
                RequirementId source = new RequirementId(cw.sourceFramework, link.sourceRef());
                RequirementId target = new RequirementId(cw.targetFramework, link.targetRef());
                if (have.contains(source) && !have.contains(target) && suggested.add(target)) {
                    suggestions.add(new Suggestion(target, source, link.relationship(), link.strength(), link.rationale()));
                } else if (have.contains(target) && !have.contains(source) && suggested.add(source)) {
                    suggestions.add(new Suggestion(source, target, link.relationship().inverse(), link.strength(),
                            link.rationale()));
                }
            }
        }
        suggestions.sort((a, b) -> Integer.compare(b.strength(), a.strength()));
        return suggestions;
    }

    private KnownControl require(String tenantId, String controlRef) {
        return controls.liveControl(tenantId, controlRef)
                .orElseThrow(() -> ProblemException.notFound("Control", controlRef));
    }
}
