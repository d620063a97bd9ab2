package dev.crosswalk.catalog;

import io.smallrye.config.ConfigMapping;
import java.util.List;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {
    /** Classpath resources, in the framework import format, loaded at start when absent. */
    List<String> bundledFrameworks();

    /** The common control library a tenant adopts from: the current version, and every earlier version shipped. */
    Library library();

    interface Library {
        /** Classpath resource of the current version. */
        String current();

        /** Classpath resources of earlier versions, which upgrades compare a tenant's adopted controls against. */
        java.util.Optional<List<String>> history();
    }
}
