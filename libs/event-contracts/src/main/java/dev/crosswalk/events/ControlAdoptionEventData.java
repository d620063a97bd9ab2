package dev.crosswalk.events;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code control.adopted}: the tenant adopted a control of the common control library. Consumers that
 * keep control mappings map the control to {@code requirements}, once; what the tenant changes afterwards is its own.
 */
public record ControlAdoptionEventData(
        UUID controlId,
        String tenantId,
        String refCode,
        String libraryId,
        String libraryVersion,
        List<Requirement> requirements) {

    /** A requirement of a framework, e.g. {@code iso27001:2022} / {@code A.5.15}. */
    public record Requirement(String framework, String ref) {
    }
}
