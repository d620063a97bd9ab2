package dev.crosswalk.catalog.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of PATCH /corrective-actions/{id}: only the fields sent change. */
public record CorrectiveActionPatch(
        @Size(max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String description,
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String owner,
        LocalDate dueDate,
        CorrectiveActionStatus status) {
}
