package dev.crosswalk.events;

import java.util.List;

/**
 * Payload of {@code framework.published}: a framework of the catalogue with the ids and titles of its
 * requirements, so other services can name requirements without reading the catalog's tables. Not
 * tenant-owned: the event's tenant is {@link EventExtensions#SHARED_TENANT}. Sent when a framework is
 * first loaded or its content changes ({@code contentHash}).
 */
public record FrameworkEventData(String frameworkId, String name, String version, String contentHash,
                                 List<RequirementEntry> requirements) {

    public record RequirementEntry(String ref, String title, String kind, String group) {
    }
}
