package dev.crosswalk.mapping.controls;

import dev.crosswalk.controls.CatalogProjection;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlAdoptionEventData;
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
import org.jboss.logging.Logger;

/**
 * Maps a control adopted from the common control library to the requirements the library gives it
 * ({@code control.adopted} on catalog.events), once per event, in the event's transaction; announced as
 * {@code control.mapped} like a mapping made through the API. Requirements this service does not know are left
 * out and logged. Mappings the tenant already made for the control are kept: adoption only adds.
 */
@ApplicationScoped
@Transactional
public class AdoptedMappings extends CatalogProjection {
    private static final Logger LOG = Logger.getLogger(AdoptedMappings.class);

    @Inject
    RequirementUniverse universe;

    @Inject
    OutboxWriter outbox;

    @Inject
    CoverageAnnouncer announcer;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> types() {
        return Set.of(CatalogEventTypes.CONTROL_ADOPTED);
    }

    @Override
    protected String consumerSuffix() {
        return "/adoptions";
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!firstDelivery(event)) {
            return;
        }
        ControlAdoptionEventData adoption = event.dataAs(ControlAdoptionEventData.class, objectMapper)
                .filter(d -> event.tenantId().equals(d.tenantId()) && d.controlId() != null && d.requirements() != null)
                .orElse(null);
        if (adoption == null) {
            LOG.warnf("Skipping %s event %s: unreadable, or tenant, control or requirements missing", event.type(), event.id());
            return;
        }
        Map<String, Set<String>> known = universe.all();
        Set<RequirementId> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (ControlAdoptionEventData.Requirement r : adoption.requirements()) {
            if (r != null && known.getOrDefault(r.framework(), Set.of()).contains(r.ref())) {
                wanted.add(new RequirementId(r.framework(), r.ref()));
            } else if (r != null) {
                unknown.add(r.framework() + " " + r.ref());
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warnf("Adopted control %s of %s: requirements not known here left unmapped: %s", adoption.refCode(),
                    adoption.tenantId(), unknown);
        }
        Instant now = Instant.now();
        for (RequirementId requirement : wanted) {
            entityManager.createNativeQuery("""
                            insert into control_mapping (tenant_id, control_id, framework, requirement_ref, created_at)
                            values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, adoption.tenantId()).setParameter(2, adoption.controlId())
                    .setParameter(3, requirement.framework()).setParameter(4, requirement.ref()).setParameter(5, now)
                    .executeUpdate();
        }
        List<RequirementId> mapped = ControlMapping.<ControlMapping>list("tenantId = ?1 and controlId = ?2 order by framework, id",
                adoption.tenantId(), adoption.controlId()).stream().map(m -> new RequirementId(m.framework, m.requirementRef))
                .toList();
        outbox.append(adoption.tenantId(), ControlMappingService.CONTROL_MAPPED, adoption.controlId().toString(),
                new ControlMappedData(adoption.tenantId(), adoption.controlId(), adoption.refCode(), mapped));
        announcer.markDue(List.of(adoption.tenantId()));
    }
}
