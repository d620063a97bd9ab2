package dev.crosswalk.catalog.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.CatalogConfig;
import io.quarkus.runtime.StartupEvent;
import dev.crosswalk.support.resources.ClasspathJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Loads the frameworks shipped with the service at start, once: an import that is already there is skipped. */
@ApplicationScoped
public class BundledFrameworkLoader {
    private static final Logger LOG = Logger.getLogger(BundledFrameworkLoader.class);

    @Inject
    FrameworkImporter importer;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CatalogConfig config;

    void onStart(@Observes StartupEvent event) {
        for (String resource : config.bundledFrameworks()) {
            FrameworkDocument document = ClasspathJson.read(objectMapper, resource, FrameworkDocument.class);
            if (importer.importIfAbsent(document, "bundled")) {
                LOG.infof("Loaded framework %s (%d requirements)", document.id(), document.requirements().size());
            }
        }
    }
}
