package dev.crosswalk.mapping;

import io.smallrye.config.ConfigMapping;
import java.util.List;

@ConfigMapping(prefix = "mapping")
public interface MappingConfig {
    /** Classpath resources of the crosswalk data files loaded at start (a new version replaces the old). */
    List<String> crosswalks();
}
