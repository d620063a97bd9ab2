package dev.crosswalk.catalog.scope;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something left out of the ISMS scope, and why (ISO 27001 4.3 asks for the justification). */
public record ScopeExclusion(
        @NotBlank @Size(max = 200) String item,
        @NotBlank @Size(max = 2000) String justification) {
}
