package dev.crosswalk.mapping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "mapping")
public interface MappingConfig {
    /** Classpath resources of the crosswalk data files loaded at start (a new version replaces the old). */
    List<String> crosswalks();

    /** Earlier versions of those crosswalks, shipped for comparison (versions and diff), not loaded. */
    Optional<List<String>> crosswalkHistory();

    /** The crosswalk coverage is carried over (ISO 27001:2022 <-> SOC 2). */
    @WithDefault("iso27001-2022_soc2-tsc-2017")
    String coverageCrosswalk();

    /** Links weaker than this carry no coverage (docs/crosswalk-method.md: 4, from where a link counts). */
    @WithDefault("4")
    int minStrength();

    /**
     * How often tenants marked by evidence events get their coverage refreshed and announced
     * ({@code coverage.changed}); read by the scheduler of CoverageRefreshJob.
     */
    @WithDefault("1s")
    Duration coverageRefreshInterval();
}
