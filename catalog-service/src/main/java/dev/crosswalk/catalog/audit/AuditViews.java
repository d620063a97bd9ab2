package dev.crosswalk.catalog.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The API's views of audits, findings and corrective actions (records apart from the entities). */
public final class AuditViews {
    private AuditViews() {
    }

    public record AuditView(UUID id, AuditKind kind, String title, LocalDate plannedStart, LocalDate plannedEnd,
                            AuditStatus status, String auditor, long version, Instant createdAt, Instant updatedAt) {
        static AuditView of(Audit a) {
            return new AuditView(a.id, a.kind, a.title, a.plannedStart, a.plannedEnd, a.status, a.auditor,
                    a.currentVersion(), a.createdAt, a.updatedAt);
        }
    }

    /** One audit with its findings and their corrective actions. */
    public record AuditDetail(UUID id, AuditKind kind, String title, LocalDate plannedStart, LocalDate plannedEnd,
                              AuditStatus status, String auditor, long version, Instant createdAt, Instant updatedAt,
                              List<FindingView> findings) {
        static AuditDetail of(Audit a, List<FindingView> findings) {
            return new AuditDetail(a.id, a.kind, a.title, a.plannedStart, a.plannedEnd, a.status, a.auditor,
                    a.currentVersion(), a.createdAt, a.updatedAt, findings);
        }
    }

    public record FindingView(UUID id, UUID auditId, FindingType type, String framework, String requirementId,
                              String description, FindingStatus status, Instant raisedAt, Instant closedAt,
                              long version, List<CorrectiveActionView> correctiveActions) {
        static FindingView of(AuditFinding f, List<CorrectiveActionView> actions) {
            return new FindingView(f.id, f.auditId, f.type, f.frameworkId, f.requirementRef, f.description, f.status,
                    f.raisedAt, f.closedAt, f.currentVersion(), actions);
        }
    }

    public record CorrectiveActionView(UUID id, UUID findingId, String description, String owner, LocalDate dueDate,
                                       CorrectiveActionStatus status, boolean overdue, Instant completedAt,
                                       long version, Instant createdAt, Instant updatedAt) {
        static CorrectiveActionView of(CorrectiveAction c, LocalDate today) {
            return new CorrectiveActionView(c.id, c.findingId, c.description, c.owner, c.dueDate, c.status,
                    c.status != CorrectiveActionStatus.done && c.dueDate.isBefore(today), c.completedAt,
                    c.currentVersion(), c.createdAt, c.updatedAt);
        }
    }
}
