package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.audit.AuditViews.AuditDetail;
import dev.crosswalk.catalog.audit.AuditViews.AuditView;
import dev.crosswalk.support.http.VersionTag;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The tenant's audit programme: internal audits, management reviews and certification audits. */
@ApplicationScoped
@Transactional
public class AuditService {
    @Inject
    FindingService findings;

    public AuditView create(String tenantId, AuditRequest request) {
        Audit audit = new Audit();
        audit.id = UUID.randomUUID();
        audit.tenantId = tenantId;
        audit.createdAt = Instant.now();
        audit.updatedAt = audit.createdAt;
        apply(audit, request);
        audit.persistAndFlush();
        return AuditView.of(audit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditView> list(String tenantId, AuditKind kind, AuditStatus status, PageRequest page) {
        FilterQuery query = new FilterQuery().equal("tenantId", tenantId).equal("kind", kind).equal("status", status);
        PanacheQuery<Audit> rows = Audit.find(query.orderedBy("plannedStart, title, id"), query.parameters());
        List<Audit> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), AuditView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditDetail get(String tenantId, String id) {
        Audit audit = require(tenantId, id);
        return AuditDetail.of(audit, findings.ofAudit(tenantId, audit.id));
    }

    public AuditView update(String tenantId, String id, Long expectedVersion, AuditRequest request) {
        Audit audit = require(tenantId, id);
        VersionTag.check(expectedVersion, audit.currentVersion());
        if (apply(audit, request)) {
            audit.updatedAt = Instant.now();
            audit.flush();
        }
        return AuditView.of(audit);
    }

    static Audit require(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> Audit.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Audit", id));
    }

    private static boolean apply(Audit audit, AuditRequest request) {
        if (request.plannedEnd().isBefore(request.plannedStart())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The audit ends before it starts",
                    List.of(new Problem.FieldError("plannedEnd", "must not be before plannedStart")));
        }
        AuditStatus status = request.status() == null ? AuditStatus.planned : request.status();
        String auditor = request.auditor() == null || request.auditor().isBlank() ? null : request.auditor().strip();
        boolean changed = audit.kind != request.kind() || !Objects.equals(audit.title, request.title().strip())
                || !Objects.equals(audit.plannedStart, request.plannedStart())
                || !Objects.equals(audit.plannedEnd, request.plannedEnd())
                || audit.status != status || !Objects.equals(audit.auditor, auditor);
        audit.kind = request.kind();
        audit.title = request.title().strip();
        audit.plannedStart = request.plannedStart();
        audit.plannedEnd = request.plannedEnd();
        audit.status = status;
        audit.auditor = auditor;
        return changed;
    }
}
