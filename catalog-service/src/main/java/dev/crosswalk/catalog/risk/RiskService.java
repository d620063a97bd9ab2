package dev.crosswalk.catalog.risk;

import dev.crosswalk.catalog.applicability.ApplicabilityDecision;
import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.paging.FilterQuery;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tenant's risk register. Every change is committed together with its {@code risk.*} event. */
@ApplicationScoped
@Transactional
public class RiskService {
    @Inject
    OutboxWriter outbox;

    public RiskView create(String tenantId, RiskRequest request) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.tenantId = tenantId;
        risk.createdAt = Instant.now();
        risk.updatedAt = risk.createdAt;
        apply(risk, request);
        risk.persistAndFlush();
        announce(CatalogEventTypes.RISK_CREATED, risk);
        return RiskView.of(risk);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskView get(String tenantId, String id) {
        return RiskView.of(require(tenantId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RiskView> list(String tenantId, RiskFilter filter, PageRequest page) {
        FilterQuery query = new FilterQuery()
                .equal("tenantId", tenantId)
                .equal("treatment", filter.treatment())
                .equal("status", filter.status())
                .equal("owner", filter.owner())
                .where("inherentScore >= {}", filter.minScore());
        PanacheQuery<Risk> rows = Risk.find(query.orderedBy("inherentScore desc, createdAt, id"), query.parameters());
        List<Risk> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), RiskView::of);
    }

    public RiskView update(String tenantId, String id, Long expectedVersion, RiskRequest request) {
        Risk risk = require(tenantId, id);
        VersionTag.check(expectedVersion, risk.currentVersion());
        if (apply(risk, request)) {
            risk.updatedAt = Instant.now();
            risk.flush();
            announce(CatalogEventTypes.RISK_UPDATED, risk);
        }
        return RiskView.of(risk);
    }

    public void delete(String tenantId, String id, Long expectedVersion) {
        Risk risk = require(tenantId, id);
        VersionTag.check(expectedVersion, risk.currentVersion());
        List<String> citing = ApplicabilityDecision.currentRefsCiting(tenantId, risk.id);
        if (!citing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "The risk is cited by the current applicability decision of "
                    + String.join(", ", citing) + "; decide those controls again without it, or close the risk instead");
        }
        announce(CatalogEventTypes.RISK_DELETED, risk);
        risk.delete();
    }

    /** Open risks and those being mitigated, transferred or avoided; highest inherent score first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TreatmentPlanItem> treatmentPlan(String tenantId, PageRequest page) {
        PanacheQuery<Risk> rows = Risk.find("""
                tenantId = ?1 and status <> ?2 and (treatment <> ?3 or status = ?4)
                order by inherentScore desc, treatmentDue asc nulls last, title, id""",
                tenantId, RiskStatus.closed, RiskTreatment.accept, RiskStatus.open);
        List<Risk> risks = rows.page(Page.of(page.page(), page.size())).list();
        Set<UUID> controlIds = risks.stream().flatMap(r -> r.controlIds.stream()).collect(Collectors.toSet());
        Map<UUID, TenantControl> controls = controlIds.isEmpty() ? Map.of()
                : TenantControl.<TenantControl>list("tenantId = ?1 and id in ?2", tenantId, controlIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return PageResponse.of(risks, page, rows.count(), r -> new TreatmentPlanItem(r.id, r.title, r.owner,
                r.treatment, r.status, r.treatmentDue, r.treatmentDue != null && r.treatmentDue.isBefore(today),
                r.inherentScore, r.residualScore,
                r.controlIds.stream().map(controls::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing((TenantControl c) -> c.refCode))
                        .map(c -> new TreatmentPlanItem.LinkedControl(c.id, c.refCode, c.name)).toList()));
    }

    /** Copies the request onto the risk after checking what Bean Validation cannot; true when anything changed. */
    private static boolean apply(Risk risk, RiskRequest request) {
        if ((request.residualLikelihood() == null) != (request.residualImpact() == null)) {
            String missing = request.residualLikelihood() == null ? "residualLikelihood" : "residualImpact";
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Give residualLikelihood and residualImpact together",
                    List.of(new Problem.FieldError(missing, "must be given with the other residual value")));
        }
        Set<UUID> controlIds = new LinkedHashSet<>(request.controlIds() == null ? List.of() : request.controlIds());
        requireControls(risk.tenantId, request.controlIds() == null ? List.of() : request.controlIds());
        RiskStatus status = request.status() == null ? RiskStatus.open : request.status();
        String description = blankToNull(request.description());
        Integer residualScore = request.residualLikelihood() == null ? null
                : request.residualLikelihood() * request.residualImpact();
        boolean changed = !Objects.equals(risk.title, request.title().strip())
                || !Objects.equals(risk.description, description)
                || !Objects.equals(risk.owner, request.owner().strip())
                || risk.likelihood != request.likelihood() || risk.impact != request.impact()
                || !Objects.equals(risk.residualLikelihood, request.residualLikelihood())
                || !Objects.equals(risk.residualImpact, request.residualImpact())
                || risk.treatment != request.treatment() || risk.status != status
                || !Objects.equals(risk.treatmentDue, request.treatmentDueDate())
                || !risk.controlIds.equals(controlIds);
        risk.title = request.title().strip();
        risk.description = description;
        risk.owner = request.owner().strip();
        risk.likelihood = request.likelihood();
        risk.impact = request.impact();
        risk.inherentScore = risk.likelihood * risk.impact;
        risk.residualLikelihood = request.residualLikelihood();
        risk.residualImpact = request.residualImpact();
        risk.residualScore = residualScore;
        risk.treatment = request.treatment();
        risk.status = status;
        risk.treatmentDue = request.treatmentDueDate();
        if (!risk.controlIds.equals(controlIds)) {
            risk.controlIds.retainAll(controlIds);
            risk.controlIds.addAll(controlIds);
        }
        return changed;
    }

    /** Every linked control must be one of this tenant's: a 422 problem names each that is not. */
    private static void requireControls(String tenantId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = TenantControl.<TenantControl>list("tenantId = ?1 and id in ?2", tenantId, Set.copyOf(ids))
                .stream().map(c -> c.id).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new Problem.FieldError("controlIds[" + i + "]", "is not a control of this tenant"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() + " linked control(s) do not exist", errors);
        }
    }

    private void announce(String type, Risk r) {
        outbox.append(r.tenantId, type, r.id.toString(), r.eventData());
    }

    private static Risk require(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> Risk.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Risk", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
