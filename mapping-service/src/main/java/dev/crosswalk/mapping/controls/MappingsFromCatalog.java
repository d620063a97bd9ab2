package dev.crosswalk.mapping.controls;

import dev.crosswalk.controls.CatalogProjection;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlAdoptionEventData;
import dev.crosswalk.events.LibraryUpgradeEventData;
import dev.crosswalk.mapping.controls.ControlMappingService.ControlMappedData;
import dev.crosswalk.mapping.coverage.CoverageAnnouncer;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementId;
import dev.crosswalk.mapping.crosswalk.RequirementUniverse;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.outbox.OutboxWriter;
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
import org.jboss.logging.Logger;

/**
 * Mappings catalog-service states with a control, applied once per event in the event's transaction and announced
 * as {@code control.mapped} like a mapping made through the API; requirements this service does not know are left
 * out and logged.
 * <ul>
 * <li>{@code control.adopted}: a control adopted from the common control library is mapped as the library says;
 * mappings the tenant already made for it are kept (adoption only adds).</li>
 * <li>{@code control.imported}: a control of a spreadsheet import is mapped to exactly what its row lists (the
 * sheet is the tenant's statement of its control set, as a PUT of the control's mappings is).</li>
 * <li>{@code control.library-upgraded}: a newer library version's changes to an adopted control: its added
 * requirements are mapped, its dropped ones unmapped, the tenant's own mappings kept.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class MappingsFromCatalog extends CatalogProjection {
    private static final Logger LOG = Logger.getLogger(MappingsFromCatalog.class);

    @Inject
    RequirementUniverse universe;

    @Inject
    OutboxWriter outbox;

    @Inject
    CoverageAnnouncer announcer;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> types() {
        return Set.of(CatalogEventTypes.CONTROL_ADOPTED, CatalogEventTypes.CONTROL_IMPORTED,
                CatalogEventTypes.CONTROL_LIBRARY_UPGRADED);
    }

    @Override
    protected String consumerSuffix() {
        return "/stated-mappings";
    }

    /** What an event states for one control: requirements to add, to remove, or all of them (replace). */
    private record Stated(UUID controlId, String tenantId, String refCode, List<ControlAdoptionEventData.Requirement> add,
                          List<ControlAdoptionEventData.Requirement> remove, boolean replace) {
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!firstDelivery(event)) {
            return;
        }
        Stated stated = CatalogEventTypes.CONTROL_LIBRARY_UPGRADED.equals(event.type())
                ? event.dataAs(LibraryUpgradeEventData.class, objectMapper)
                        .filter(d -> event.tenantId().equals(d.tenantId()) && d.controlId() != null && d.added() != null
                                && d.removed() != null)
                        .map(d -> new Stated(d.controlId(), d.tenantId(), d.refCode(), d.added(), d.removed(), false))
                        .orElse(null)
                : event.dataAs(ControlAdoptionEventData.class, objectMapper)
                        .filter(d -> event.tenantId().equals(d.tenantId()) && d.controlId() != null && d.requirements() != null)
                        .map(d -> new Stated(d.controlId(), d.tenantId(), d.refCode(), d.requirements(), List.of(),
                                CatalogEventTypes.CONTROL_IMPORTED.equals(event.type())))
                        .orElse(null);
        if (stated == null) {
            LOG.warnf("Skipping %s event %s: unreadable, or tenant, control or requirements missing", event.type(), event.id());
            return;
        }
        Map<String, Set<String>> known = universe.all();
        Set<RequirementId> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (ControlAdoptionEventData.Requirement r : stated.add()) {
            if (r != null && known.getOrDefault(r.framework(), Set.of()).contains(r.ref())) {
                wanted.add(new RequirementId(r.framework(), r.ref()));
            } else if (r != null) {
                unknown.add(r.framework() + " " + r.ref());
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warnf("Control %s of %s (%s): requirements not known here left unmapped: %s", stated.refCode(),
                    stated.tenantId(), event.type(), unknown);
        }
        if (stated.replace()) {
            ControlMapping.delete("tenantId = ?1 and controlId = ?2", stated.tenantId(), stated.controlId());
        }
        for (ControlAdoptionEventData.Requirement r : stated.remove()) {
            if (r != null) {
                ControlMapping.delete("tenantId = ?1 and controlId = ?2 and framework = ?3 and requirementRef = ?4",
                        stated.tenantId(), stated.controlId(), r.framework(), r.ref());
            }
        }
        ControlMapping.flush();
        Instant now = Instant.now();
        for (RequirementId requirement : wanted) {
            entityManager.createNativeQuery("""
                            insert into control_mapping (tenant_id, control_id, framework, requirement_ref, created_at)
                            values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, stated.tenantId()).setParameter(2, stated.controlId())
                    .setParameter(3, requirement.framework()).setParameter(4, requirement.ref()).setParameter(5, now)
                    .executeUpdate();
        }
        List<RequirementId> mapped = ControlMapping.<ControlMapping>list("tenantId = ?1 and controlId = ?2 order by framework, id",
                stated.tenantId(), stated.controlId()).stream().map(m -> new RequirementId(m.framework, m.requirementRef))
                .toList();
        outbox.append(stated.tenantId(), ControlMappingService.CONTROL_MAPPED, stated.controlId().toString(),
                new ControlMappedData(stated.tenantId(), stated.controlId(), stated.refCode(), mapped));
        announcer.markDue(List.of(stated.tenantId()));
    }
}
