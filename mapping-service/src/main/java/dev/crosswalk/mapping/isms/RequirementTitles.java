package dev.crosswalk.mapping.isms;

import dev.crosswalk.controls.CatalogProjection;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.FrameworkEventData;
import dev.crosswalk.mapping.crosswalk.RequirementUniverse;
import dev.crosswalk.support.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Requirement titles as the catalog published them ({@code framework.published}), for reports people read. */
@ApplicationScoped
@Transactional
public class RequirementTitles extends CatalogProjection {
    @Inject
    RequirementUniverse universe;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> types() {
        return Set.of(CatalogEventTypes.FRAMEWORK_PUBLISHED, CatalogEventTypes.FRAMEWORK_RESTATED);
    }

    @Override
    protected String consumerSuffix() {
        return "/frameworks";
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!firstDelivery(event)) {
            return;
        }
        FrameworkEventData framework = event.dataAs(FrameworkEventData.class, objectMapper).orElse(null);
        if (framework == null || framework.frameworkId() == null || framework.requirements() == null) {
            return;
        }
        for (FrameworkEventData.RequirementEntry requirement : framework.requirements()) {
            entityManager.createNativeQuery("""
                            insert into known_requirement (framework, ref, title) values (?1, ?2, ?3)
                            on conflict (framework, ref) do update set title = excluded.title""")
                    .setParameter(1, framework.frameworkId())
                    .setParameter(2, requirement.ref())
                    .setParameter(3, requirement.title())
                    .executeUpdate();
        }
        universe.refresh();
    }

    /** Titles of a framework's requirements by ref; empty until the catalog has published it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> of(String framework) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select ref, title from known_requirement where framework = ?1")
                .setParameter(1, framework).getResultList();
        Map<String, String> titles = new HashMap<>();
        rows.forEach(row -> titles.put((String) row[0], (String) row[1]));
        return titles;
    }
}
