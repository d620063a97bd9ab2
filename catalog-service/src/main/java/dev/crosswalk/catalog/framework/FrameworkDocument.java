package dev.crosswalk.catalog.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The framework import format (see catalog-service/README.md): a framework, its groups and its
 * requirements in display order. The bundled frameworks are shipped in this same format.
 */
public record FrameworkDocument(
        @NotBlank @Size(max = 63) @Pattern(regexp = ID_PATTERN, message = "must look like 'name:version', e.g. 'iso27001:2022'")
        String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 32) String version,
        @Size(max = 200) String publisher,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Group> groups,
        @NotEmpty @Size(max = MAX_REQUIREMENTS) List<@Valid @NotNull RequirementEntry> requirements) {

    public static final String ID_PATTERN = "[a-z0-9][a-z0-9.-]{0,30}:[A-Za-z0-9][A-Za-z0-9.-]{0,30}";
    public static final int MAX_REQUIREMENTS = 5000;

    public record Group(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE_PATTERN, message = "must be letters, digits, '.', '_', '-' or parentheses")
            String code,
            @NotBlank @Size(max = 200) String title) {
    }

    public record RequirementEntry(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE_PATTERN, message = "must be letters, digits, '.', '_', '-' or parentheses")
            String ref,
            @NotBlank @Size(max = 500) String title,
            @NotNull RequirementKind kind,
            @NotBlank @Size(max = 64) String group,
            @Size(max = 64) String parent,
            Boolean newInVersion) {
    }

    private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._()-]*";
}
