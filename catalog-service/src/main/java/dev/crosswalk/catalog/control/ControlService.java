package dev.crosswalk.catalog.control;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.paging.FilterQuery;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
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

/** The tenant's control set. Every change is committed together with its {@code control.*} event. */
@ApplicationScoped
@Transactional
public class ControlService {
    @Inject
    OutboxWriter outbox;

    public ControlView create(String tenantId, ControlRequest request) {
        rejectTakenRefCode(tenantId, request.refCode(), null);
        TenantControl control = TenantControl.newOf(tenantId, request.refCode());
        apply(control, request);
        control.persistAndFlush();
        announce(CatalogEventTypes.CONTROL_CREATED, control);
        return ControlView.of(control);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ControlView get(String tenantId, String id) {
        return ControlView.of(require(tenantId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ControlView> list(String tenantId, ControlFilter filter, PageRequest page) {
        FilterQuery query = new FilterQuery()
                .equal("tenantId", tenantId)
                .equal("status", filter.status())
                .equal("owner", filter.owner())
                .containsText(filter.text(), "refCode", "name");
        PanacheQuery<TenantControl> rows = TenantControl.find(query.orderedBy("refCode"), query.parameters());
        List<TenantControl> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), ControlView::of);
    }

    public ControlView update(String tenantId, String id, Long expectedVersion, ControlRequest request) {
        TenantControl control = require(tenantId, id);
        VersionTag.check(expectedVersion, control.currentVersion());
        rejectTakenRefCode(tenantId, request.refCode(), control.id);
        if (apply(control, request)) {
            control.updatedAt = Instant.now();
            control.flush();
            announce(CatalogEventTypes.CONTROL_UPDATED, control);
        }
        return ControlView.of(control);
    }

    public void delete(String tenantId, String id, Long expectedVersion) {
        TenantControl control = require(tenantId, id);
        VersionTag.check(expectedVersion, control.currentVersion());
        control.delete();
        announce(CatalogEventTypes.CONTROL_DELETED, control);
    }

    /** Copies the request onto the control; true when anything changed. */
    private static boolean apply(TenantControl control, ControlRequest request) {
        ControlStatus status = request.status() == null ? ControlStatus.active : request.status();
        String description = blankToNull(request.description());
        String owner = blankToNull(request.owner());
        boolean changed = !Objects.equals(control.refCode, request.refCode())
                || !Objects.equals(control.name, request.name())
                || !Objects.equals(control.description, description)
                || !Objects.equals(control.owner, owner)
                || control.frequency != request.frequency()
                || control.status != status;
        control.refCode = request.refCode();
        control.name = request.name().strip();
        control.description = description;
        control.owner = owner;
        control.frequency = request.frequency();
        control.status = status;
        return changed;
    }

    private void announce(String type, TenantControl c) {
        outbox.append(c.tenantId, type, c.id.toString(), c.eventData());
    }

    private static void rejectTakenRefCode(String tenantId, String refCode, UUID except) {
        boolean taken = except == null
                ? TenantControl.count("tenantId = ?1 and refCode = ?2", tenantId, refCode) > 0
                : TenantControl.refCodeTaken(tenantId, refCode, except);
        if (taken) {
            throw new ProblemException(ProblemType.CONFLICT, "A control with refCode '" + refCode + "' already exists");
        }
    }

    private static TenantControl require(String tenantId, String id) {
        return QueryParams.uuid(id).flatMap(uuid -> TenantControl.findForTenant(tenantId, uuid))
                .orElseThrow(() -> ProblemException.notFound("Control", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
