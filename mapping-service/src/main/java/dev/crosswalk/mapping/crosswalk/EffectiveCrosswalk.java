package dev.crosswalk.mapping.crosswalk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shared crosswalk with one tenant's overrides applied: rejected links drop out, retyped ones change, added ones join. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EffectiveCrosswalk {

    public List<EffectiveLink> links(String tenantId, String crosswalkId) {
        Map<String, LinkOverride> overrides = new HashMap<>();
        LinkOverride.<LinkOverride>list("tenantId = ?1 and crosswalkId = ?2", tenantId, crosswalkId)
                .forEach(o -> overrides.put(o.sourceRef + ">" + o.targetRef, o));
        List<EffectiveLink> links = new ArrayList<>();
        for (CrosswalkLink link : CrosswalkLink.<CrosswalkLink>list("crosswalkId = ?1 order by id", crosswalkId)) {
            LinkOverride override = overrides.remove(link.sourceRef + ">" + link.targetRef);
            if (override == null) {
                links.add(new EffectiveLink(crosswalkId, link.sourceRef, link.targetRef, link.relationship, link.strength,
                        link.rationale, "shared"));
            } else if (override.action != LinkOverride.Action.reject) {
                links.add(own(override));
            }
        }
        overrides.values().stream().filter(o -> o.action == LinkOverride.Action.add).map(EffectiveCrosswalk::own)
                .forEach(links::add);
        return links;
    }

    private static EffectiveLink own(LinkOverride o) {
        return new EffectiveLink(o.crosswalkId, o.sourceRef, o.targetRef, o.relationship, o.strength, o.rationale, "tenant");
    }
}
