package dev.crosswalk.catalog.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of a new corrective action; {@code status} defaults to {@code open}. */
public record CorrectiveActionRequest(
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueDate,
        CorrectiveActionStatus status) {
}
