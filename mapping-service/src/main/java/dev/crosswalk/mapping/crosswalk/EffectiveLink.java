package dev.crosswalk.mapping.crosswalk;

/** A crosswalk link as one tenant sees it: the shared link, or the tenant's own addition or retyping. */
public record EffectiveLink(String crosswalkId, String sourceRef, String targetRef, Relationship relationship,
                            int strength, String rationale, String origin) {
}
