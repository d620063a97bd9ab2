package dev.crosswalk.mapping.crosswalk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared crosswalk with one tenant's overrides applied: rejected links drop out, retyped ones change, added
 * ones join. The shared links change only when {@link CrosswalkLoader} loads the crosswalks at start, so they are
 * read once after loading ({@link #refresh()}), like {@link RequirementUniverse}, instead of for every coverage
 * refresh and every "satisfies" answer (the evidence-to-coverage bench loaded all of them 50 times a second).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EffectiveCrosswalk {
    /** Shared links by crosswalk id, in id order; null until the crosswalks are loaded. */
    private volatile Map<String, List<EffectiveLink>> shared;

    /** Reads the shared links again; called by {@link CrosswalkLoader} once the crosswalks are in place. */
    public void refresh() {
        Map<String, List<EffectiveLink>> links = new HashMap<>();
        for (Crosswalk crosswalk : Crosswalk.<Crosswalk>listAll()) {
            links.put(crosswalk.id, read(crosswalk.id));
        }
        shared = Map.copyOf(links);
    }

    public List<EffectiveLink> links(String tenantId, String crosswalkId) {
        Map<String, LinkOverride> overrides = new HashMap<>();
        LinkOverride.<LinkOverride>list("tenantId = ?1 and crosswalkId = ?2", tenantId, crosswalkId)
                .forEach(o -> overrides.put(o.sourceRef + ">" + o.targetRef, o));
        List<EffectiveLink> links = new ArrayList<>();
        for (EffectiveLink link : shared(crosswalkId)) {
            LinkOverride override = overrides.remove(link.sourceRef() + ">" + link.targetRef());
            if (override == null) {
                links.add(link);
            } else if (override.action != LinkOverride.Action.reject) {
                links.add(own(override));
            }
        }
        overrides.values().stream().filter(o -> o.action == LinkOverride.Action.add).map(EffectiveCrosswalk::own)
                .forEach(links::add);
        return links;
    }

    private List<EffectiveLink> shared(String crosswalkId) {
        Map<String, List<EffectiveLink>> known = shared;
        return known != null ? known.getOrDefault(crosswalkId, List.of()) : read(crosswalkId);
    }

    private static List<EffectiveLink> read(String crosswalkId) {
        return CrosswalkLink.<CrosswalkLink>list("crosswalkId = ?1 order by id", crosswalkId).stream()
                .map(l -> new EffectiveLink(crosswalkId, l.sourceRef, l.targetRef, l.relationship, l.strength, l.rationale,
                        "shared"))
                .toList();
    }

    private static EffectiveLink own(LinkOverride o) {
        return new EffectiveLink(o.crosswalkId, o.sourceRef, o.targetRef, o.relationship, o.strength, o.rationale, "tenant");
    }
}
