package dev.crosswalk.catalog.deadline;

import dev.crosswalk.catalog.audit.Audit;
import dev.crosswalk.catalog.audit.AuditStatus;
import dev.crosswalk.catalog.audit.CorrectiveAction;
import dev.crosswalk.catalog.audit.CorrectiveActionStatus;
import dev.crosswalk.catalog.risk.Risk;
import dev.crosswalk.catalog.risk.RiskStatus;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What falls due up to the end of the window, overdue items included however old: audits still
 * planned (by planned start), corrective actions not done, open risks' treatment due dates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {
    private static final String API = "/api/v1/catalog/";

    public PageResponse<Deadline> upcoming(String tenantId, DeadlineWindow window, PageRequest page) {
        List<Deadline> all = new ArrayList<>();
        Audit.<Audit>list("tenantId = ?1 and status = ?2 and plannedStart <= ?3", tenantId, AuditStatus.planned,
                window.until()).forEach(a -> all.add(deadline(Deadline.Kind.audit, a.id, a.title, a.plannedStart,
                a.auditor, window, "audits/")));
        CorrectiveAction.<CorrectiveAction>list("tenantId = ?1 and status <> ?2 and dueDate <= ?3", tenantId,
                CorrectiveActionStatus.done, window.until()).forEach(c -> all.add(deadline(Deadline.Kind.corrective_action,
                c.id, c.description, c.dueDate, c.owner, window, "corrective-actions/")));
        Risk.<Risk>list("tenantId = ?1 and status = ?2 and treatmentDue <= ?3", tenantId, RiskStatus.open,
                window.until()).forEach(r -> all.add(deadline(Deadline.Kind.risk_treatment, r.id, r.title,
                r.treatmentDue, r.owner, window, "risks/")));
        all.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind).thenComparing(Deadline::title));
        int from = Math.min(page.offset(), all.size());
        List<Deadline> items = all.subList(from, Math.min(from + page.size(), all.size()));
        return PageResponse.of(items, page, all.size(), Function.identity());
    }

    private static Deadline deadline(Deadline.Kind kind, UUID id, String title, LocalDate date, String owner,
                                     DeadlineWindow window, String path) {
        long daysLeft = ChronoUnit.DAYS.between(window.today(), date);
        return new Deadline(kind, id, title, date, daysLeft < 0, daysLeft, owner, API + path + id);
    }
}
