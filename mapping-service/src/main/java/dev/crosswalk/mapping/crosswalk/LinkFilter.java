package dev.crosswalk.mapping.crosswalk;

/** Optional filters of the crosswalk link list; null means "any". */
public record LinkFilter(String sourceRef, String targetRef, Relationship relationship, Integer minStrength) {
}
