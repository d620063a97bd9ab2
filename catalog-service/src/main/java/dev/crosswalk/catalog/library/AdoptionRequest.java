package dev.crosswalk.catalog.library;

import dev.crosswalk.catalog.soc2scope.TscCategory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What to adopt, exactly one of: {@code all} (every current library control); {@code controls} (those library ids);
 * {@code frameworks} (every control mapped to a requirement of them; for {@code soc2-tsc:2017} only the criteria
 * of {@code soc2Categories}, security always included).
 */
public record AdoptionRequest(Boolean all, @Size(max = 500) List<@NotNull @Size(max = 32) String> controls,
                              @Size(max = 5) List<@NotNull @Size(max = 64) String> frameworks,
                              @Size(max = 5) List<@NotNull TscCategory> soc2Categories) {
}
