package dev.crosswalk.catalog.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.CatalogConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
            FrameworkDocument document = read(resource);
            if (importer.importIfAbsent(document, "bundled")) {
                LOG.infof("Loaded framework %s (%d requirements)", document.id(), document.requirements().size());
            }
        }
    }

    private FrameworkDocument read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled framework " + resource + " is not on the classpath");
            }
            return objectMapper.readValue(in, FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled framework " + resource, e);
        }
    }
}
