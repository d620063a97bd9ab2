package dev.crosswalk.catalog.control;

/** Optional filters of the control list; null means "any". */
public record ControlFilter(ControlStatus status, String owner, String text) {
}
