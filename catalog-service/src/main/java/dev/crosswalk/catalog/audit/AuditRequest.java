package dev.crosswalk.catalog.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of create and update (a full replacement); {@code status} defaults to {@code planned}. */
public record AuditRequest(
        @NotNull AuditKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        AuditStatus status,
        @Size(max = 200) String auditor) {
}
