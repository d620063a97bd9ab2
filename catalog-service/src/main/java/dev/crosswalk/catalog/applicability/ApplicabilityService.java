package dev.crosswalk.catalog.applicability;

import dev.crosswalk.catalog.framework.Requirement;
import dev.crosswalk.catalog.risk.Risk;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.identity.DisplayName;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's Statement of Applicability. Each decision is added as a new version of that control's
 * decision (the history is the audit trail) and committed with its {@code applicability.decided} event.
 */
@ApplicationScoped
@Transactional
public class ApplicabilityService {
    @Inject
    OutboxWriter outbox;

    /** {@code subject}: the verified caller, recorded as who decided. */
    public DecisionView decide(String tenantId, String subject, String ref, ApplicabilityRequest request) {
        Requirement control = AnnexA.find(ref).orElseThrow(() -> notAnnexA(ref));
        List<FieldError> errors = DecisionRules.check(request, "");
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are invalid", errors);
        }
        requireRisks(tenantId, List.of(request), "");
        return DecisionView.of(control, record(tenantId, subject, control.ref, request));
    }

    /** Decides several controls at once: all are recorded, or (on any error) none. */
    public List<DecisionView> decideAll(String tenantId, String subject, List<BulkDecision> decisions) {
        List<FieldError> errors = new ArrayList<>();
        List<Requirement> controls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            BulkDecision item = decisions.get(i);
            String prefix = "decisions[" + i + "].";
            Requirement control = AnnexA.find(item.requirementId()).orElse(null);
            if (control == null) {
                errors.add(new FieldError(prefix + "requirementId", "is not an Annex A control of " + AnnexA.FRAMEWORK));
            } else if (!seen.add(control.ref)) {
                errors.add(new FieldError(prefix + "requirementId", "is decided twice in this request"));
            }
            controls.add(control);
            errors.addAll(DecisionRules.check(item.decision(), prefix));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are invalid", errors);
        }
        requireRisks(tenantId, decisions.stream().map(BulkDecision::decision).toList(), "decisions[%d].");
        List<DecisionView> views = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            views.add(DecisionView.of(controls.get(i), record(tenantId, subject, controls.get(i).ref,
                    decisions.get(i).decision())));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementOfApplicability statement(String tenantId, ApplicabilityStatus status, String theme) {
        Map<String, ApplicabilityDecision> current = ApplicabilityDecision.allCurrent(tenantId).stream()
                .collect(Collectors.toMap(d -> d.requirementRef, Function.identity()));
        List<DecisionView> all = AnnexA.all().stream().map(r -> DecisionView.of(r, current.get(r.ref))).toList();
        Map<ApplicabilityStatus, Long> counts = all.stream()
                .collect(Collectors.groupingBy(DecisionView::status, Collectors.counting()));
        List<DecisionView> items = all.stream()
                .filter(v -> status == null || v.status() == status)
                .filter(v -> theme == null || v.theme().equals(theme))
                .toList();
        return new StatementOfApplicability(AnnexA.FRAMEWORK, all.size(),
                counts.getOrDefault(ApplicabilityStatus.applicable, 0L),
                counts.getOrDefault(ApplicabilityStatus.excluded, 0L),
                counts.getOrDefault(ApplicabilityStatus.undecided, 0L), items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionView current(String tenantId, String ref) {
        Requirement control = AnnexA.find(ref).orElseThrow(() -> notAnnexA(ref));
        return DecisionView.of(control, ApplicabilityDecision.current(tenantId, control.ref).orElse(null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<DecisionView> history(String tenantId, String ref, PageRequest page) {
        Requirement control = AnnexA.find(ref).orElseThrow(() -> notAnnexA(ref));
        PanacheQuery<ApplicabilityDecision> rows = ApplicabilityDecision.find(
                "tenantId = ?1 and requirementRef = ?2 order by version desc", tenantId, control.ref);
        List<ApplicabilityDecision> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), d -> DecisionView.of(control, d));
    }

    private ApplicabilityDecision record(String tenantId, String subject, String ref, ApplicabilityRequest request) {
        ApplicabilityDecision decision = new ApplicabilityDecision();
        decision.id = UUID.randomUUID();
        decision.tenantId = tenantId;
        decision.requirementRef = ref;
        decision.version = ApplicabilityDecision.current(tenantId, ref).map(d -> d.version).orElse(0) + 1;
        decision.applicable = request.applicable();
        decision.justification = request.justification() == null || request.justification().isBlank() ? null
                : request.justification().strip();
        decision.reasons = request.reasonList();
        decision.riskIds = request.riskIdList();
        decision.decidedBy = subject;
        decision.decidedByName = DisplayName.of(request.decidedBy());
        decision.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // the unique (tenant, control, version) key turns a concurrent decision into a 409, never a lost one
        decision.persistAndFlush();
        outbox.append(tenantId, CatalogEventTypes.APPLICABILITY_DECIDED, ref, decision.eventData());
        return decision;
    }

    /** Every cited risk must be one of this tenant's: a 422 problem names each that is not. */
    private static void requireRisks(String tenantId, List<ApplicabilityRequest> requests, String prefixFormat) {
        Set<UUID> cited = requests.stream().flatMap(r -> r.riskIdList().stream()).collect(Collectors.toSet());
        Set<UUID> known = Risk.existing(tenantId, cited);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<UUID> riskIds = requests.get(i).riskIds() == null ? List.of() : requests.get(i).riskIds();
            for (int j = 0; j < riskIds.size(); j++) {
                if (!known.contains(riskIds.get(j))) {
                    errors.add(new FieldError(prefixFormat.formatted(i) + "riskIds[" + j + "]",
                            "is not a risk in this tenant's register"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() + " cited risk(s) do not exist", errors);
        }
    }

    private static ProblemException notAnnexA(String ref) {
        return new ProblemException(ProblemType.NOT_FOUND,
                "'" + ref + "' is not an Annex A control of " + AnnexA.FRAMEWORK + " (A.5.1 .. A.8.34)");
    }
}
