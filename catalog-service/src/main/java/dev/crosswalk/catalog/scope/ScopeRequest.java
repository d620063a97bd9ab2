package dev.crosswalk.catalog.scope;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /scope: the whole statement, recorded as a new version. Absent lists are empty. Who recorded it is the
 * verified caller; {@code recordedBy} here is only a display name, kept apart.
 */
public record ScopeRequest(
        @Size(max = 4000) String summary,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> locations,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> systems,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> services,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> businessUnits,
        @Size(max = 200) List<@NotNull @Valid ScopeExclusion> exclusions,
        @JsonAlias("decidedBy") @Size(max = 200) String recordedBy) {
}
