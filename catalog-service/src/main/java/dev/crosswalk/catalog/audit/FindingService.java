package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.audit.AuditViews.CorrectiveActionView;
import dev.crosswalk.catalog.audit.AuditViews.FindingView;
import dev.crosswalk.catalog.framework.Requirement;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Audit findings and their corrective actions. A closed finding is frozen: reopen it to add or change
 * its actions. A nonconformity closes only once it has a corrective action and all of them are done.
 */
@ApplicationScoped
@Transactional
public class FindingService {
    static final String DEFAULT_FRAMEWORK = "iso27001:2022";

    public FindingView raise(String tenantId, String auditId, FindingRequest request) {
        Audit audit = AuditService.require(tenantId, auditId);
        AuditFinding finding = new AuditFinding();
        finding.id = UUID.randomUUID();
        finding.tenantId = tenantId;
        finding.auditId = audit.id;
        finding.type = request.type();
        if (request.requirementId() != null && !request.requirementId().isBlank()) {
            String framework = request.framework() == null || request.framework().isBlank() ? DEFAULT_FRAMEWORK
                    : request.framework().strip();
            Requirement requirement = Requirement.findByRef(framework, request.requirementId().strip())
                    .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                            "The finding names a requirement the catalogue does not hold",
                            List.of(new Problem.FieldError("requirementId", "is not a requirement of " + framework))));
            finding.frameworkId = requirement.frameworkId;
            finding.requirementRef = requirement.ref;
        }
        finding.description = request.description().strip();
        finding.status = FindingStatus.open;
        finding.raisedAt = Instant.now();
        finding.persistAndFlush();
        return FindingView.of(finding, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingView get(String tenantId, String id) {
        return view(requireFinding(tenantId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FindingView> ofAudit(String tenantId, UUID auditId) {
        return AuditFinding.<AuditFinding>list("tenantId = ?1 and auditId = ?2 order by raisedAt, id", tenantId, auditId)
                .stream().map(this::view).toList();
    }

    public FindingView changeStatus(String tenantId, String id, Long expectedVersion, FindingStatus status) {
        AuditFinding finding = requireFinding(tenantId, id);
        VersionTag.check(expectedVersion, finding.currentVersion());
        if (finding.status == status) {
            return view(finding);
        }
        if (status == FindingStatus.closed && finding.type.isNonconformity()) {
            List<CorrectiveAction> actions = CorrectiveAction.ofFinding(tenantId, finding.id);
            if (actions.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "A nonconformity is closed only after corrective action: add one first");
            }
            long unfinished = actions.stream().filter(a -> a.status != CorrectiveActionStatus.done).count();
            if (unfinished > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        unfinished + " corrective action(s) of this nonconformity are not done yet");
            }
        }
        finding.status = status;
        finding.closedAt = status == FindingStatus.closed ? Instant.now() : null;
        finding.flush();
        return view(finding);
    }

    public CorrectiveActionView addAction(String tenantId, String findingId, CorrectiveActionRequest request) {
        AuditFinding finding = requireOpenFinding(tenantId, findingId);
        CorrectiveAction action = new CorrectiveAction();
        action.id = UUID.randomUUID();
        action.tenantId = tenantId;
        action.findingId = finding.id;
        action.description = request.description().strip();
        action.owner = request.owner().strip();
        action.dueDate = request.dueDate();
        action.createdAt = Instant.now();
        action.updatedAt = action.createdAt;
        setStatus(action, request.status() == null ? CorrectiveActionStatus.open : request.status());
        action.persistAndFlush();
        return CorrectiveActionView.of(action, today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CorrectiveActionView getAction(String tenantId, String id) {
        return CorrectiveActionView.of(requireAction(tenantId, id), today());
    }

    public CorrectiveActionView patchAction(String tenantId, String id, Long expectedVersion, CorrectiveActionPatch patch) {
        CorrectiveAction action = requireAction(tenantId, id);
        VersionTag.check(expectedVersion, action.currentVersion());
        requireOpenFinding(tenantId, action.findingId.toString());
        if (patch.description() != null) {
            action.description = patch.description().strip();
        }
        if (patch.owner() != null) {
            action.owner = patch.owner().strip();
        }
        if (patch.dueDate() != null) {
            action.dueDate = patch.dueDate();
        }
        if (patch.status() != null) {
            setStatus(action, patch.status());
        }
        action.updatedAt = Instant.now();
        action.flush();
        return CorrectiveActionView.of(action, today());
    }

    private static void setStatus(CorrectiveAction action, CorrectiveActionStatus status) {
        if (status != action.status) {
            action.completedAt = status == CorrectiveActionStatus.done ? Instant.now() : null;
        }
        action.status = status;
    }

    private FindingView view(AuditFinding finding) {
        LocalDate today = today();
        return FindingView.of(finding, CorrectiveAction.ofFinding(finding.tenantId, finding.id).stream()
                .map(a -> CorrectiveActionView.of(a, today)).toList());
    }

    private static AuditFinding requireOpenFinding(String tenantId, String id) {
        AuditFinding finding = requireFinding(tenantId, id);
        if (finding.status == FindingStatus.closed) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The finding is closed; reopen it before changing its corrective actions");
        }
        return finding;
    }

    private static AuditFinding requireFinding(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> AuditFinding.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Finding", id));
    }

    private static CorrectiveAction requireAction(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> CorrectiveAction.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Corrective action", id));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
