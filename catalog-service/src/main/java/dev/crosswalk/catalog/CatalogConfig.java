package dev.crosswalk.catalog;

import io.smallrye.config.ConfigMapping;
import java.util.List;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {
    /** Classpath resources, in the framework import format, loaded at start when absent. */
    List<String> bundledFrameworks();
}
