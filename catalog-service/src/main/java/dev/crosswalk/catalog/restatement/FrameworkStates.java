package dev.crosswalk.catalog.restatement;

import dev.crosswalk.catalog.framework.Framework;
import dev.crosswalk.catalog.framework.FrameworkAnnouncer;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EventExtensions;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.outbox.StateSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The catalogue's frameworks with their requirements, first of all: everything else names requirements. */
@ApplicationScoped
public class FrameworkStates implements StateSource {
    /** A framework's event holds all its requirements (a few hundred), so a page holds a few frameworks. */
    private static final int FRAMEWORKS_PER_PAGE = 5;

    @Inject
    FrameworkAnnouncer announcer;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "frameworks";
    }

    @Override
    public long count() {
        return Framework.count();
    }

    @Override
    public Page page(String afterKey, int limit) {
        List<Framework> frameworks = Framework.<Framework>find("id > ?1 order by id", afterKey == null ? "" : afterKey)
                .page(0, Math.min(limit, FRAMEWORKS_PER_PAGE)).list();
        List<OutboxWriter.Pending> events = frameworks.stream().map(f -> new OutboxWriter.Pending(EventExtensions.SHARED_TENANT,
                CatalogEventTypes.FRAMEWORK_RESTATED, f.id, announcer.eventData(f.id))).toList();
        return new Page(events, frameworks.isEmpty() ? null : frameworks.getLast().id);
    }
}
