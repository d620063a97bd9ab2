package dev.crosswalk.catalog.framework;

/** Optional filters of the requirement search; null means "any". */
public record RequirementFilter(String frameworkId, String group, RequirementKind kind, String text) {
}
