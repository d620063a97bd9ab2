package dev.crosswalk.gateway.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an auditor's key is limited to, as the key's administrator gives it and as the key lists show it. */
@Schema(description = "Limits a read-only key to one audit: the services show it the evidence, SoA, reports and "
        + "coverage of this period and these frameworks only")
public record AuditorRestriction(
        @Schema(description = "the audit this key is for (informative)", format = "uuid")
        @Size(max = 36) @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String auditId,
        @Schema(description = "first day of the audit period (UTC)") @NotNull LocalDate periodFrom,
        @Schema(description = "last day of the audit period (UTC), included") @NotNull LocalDate periodTo,
        @Schema(description = "framework ids, e.g. iso27001:2022, soc2-tsc:2017")
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 63) @Pattern(regexp = FRAMEWORK_PATTERN,
                message = "must look like 'name:version', e.g. 'iso27001:2022'") String> frameworks) {
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** The catalog's form of a framework id. */
    static final String FRAMEWORK_PATTERN = "[a-z0-9][a-z0-9.-]{0,30}:[A-Za-z0-9][A-Za-z0-9.-]{0,30}";
}
