package dev.crosswalk.catalog.audit;

import jakarta.validation.constraints.NotNull;

/** Body of PATCH /findings/{id}: close or reopen a finding. */
public record FindingStatusChange(@NotNull FindingStatus status) {
}
