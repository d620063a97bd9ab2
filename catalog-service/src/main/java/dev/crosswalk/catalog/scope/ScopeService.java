package dev.crosswalk.catalog.scope;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.DisplayName;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's ISMS scope statement. Every PUT records a new version, even an unchanged one: a
 * re-confirmed scope (e.g. at management review) is itself worth recording with who and when. Each version
 * is announced ({@code scope.recorded}), so reports elsewhere print the scope they belong to.
 */
@ApplicationScoped
@Transactional
public class ScopeService {
    @Inject
    OutboxWriter outbox;

    /** {@code subject}: the verified caller, recorded as who recorded the version. */
    public ScopeView record(String tenantId, String subject, Long expectedVersion, ScopeRequest request) {
        int current = ScopeVersion.current(tenantId).map(s -> s.version).orElse(0);
        VersionTag.check(expectedVersion, current);
        ScopeVersion scope = new ScopeVersion();
        scope.id = UUID.randomUUID();
        scope.tenantId = tenantId;
        scope.version = current + 1;
        scope.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        scope.locations = clean(request.locations());
        scope.systems = clean(request.systems());
        scope.services = clean(request.services());
        scope.businessUnits = clean(request.businessUnits());
        scope.exclusions = Optional.ofNullable(request.exclusions()).orElse(List.of()).stream()
                .map(e -> new ScopeExclusion(e.item().strip(), e.justification().strip())).toList();
        scope.recordedBy = subject;
        scope.recordedByName = DisplayName.of(request.recordedBy());
        scope.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // the unique (tenant, version) key turns a concurrent recorder into a 409, never a lost version
        scope.persistAndFlush();
        outbox.append(tenantId, CatalogEventTypes.SCOPE_RECORDED, tenantId, scope.eventData());
        return ScopeView.of(scope);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScopeView current(String tenantId) {
        return ScopeVersion.current(tenantId).map(ScopeView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No scope statement has been recorded yet"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScopeView version(String tenantId, String version) {
        return parseVersion(version).flatMap(n -> ScopeVersion.findVersion(tenantId, n)).map(ScopeView::of)
                .orElseThrow(() -> ProblemException.notFound("Scope version", version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ScopeView> history(String tenantId, PageRequest page) {
        PanacheQuery<ScopeVersion> rows = ScopeVersion.find("tenantId = ?1 order by version desc", tenantId);
        List<ScopeVersion> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), ScopeView::of);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    private static Optional<Integer> parseVersion(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
