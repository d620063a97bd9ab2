package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.mapping.MappingConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import dev.crosswalk.support.resources.ClasspathJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Loads the crosswalk data files at start. A file whose version is already loaded is skipped; a new
 * version replaces the old one whole, in one transaction, under an advisory lock (replicas may start
 * together).
 */
@ApplicationScoped
public class CrosswalkLoader {
    private static final Logger LOG = Logger.getLogger(CrosswalkLoader.class);

    @Inject
    MappingConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    @Inject
    RequirementUniverse universe;

    @Inject
    EffectiveCrosswalk effective;

    void onStart(@Observes StartupEvent event) {
        for (String resource : config.crosswalks()) {
            CrosswalkDocument document = ClasspathJson.read(objectMapper, resource, CrosswalkDocument.class);
            QuarkusTransaction.requiringNew().run(() -> load(document));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            universe.refresh();
            effective.refresh();
        });
    }

    void load(CrosswalkDocument document) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('mapping.crosswalk-load'))").getSingleResult();
        Crosswalk existing = Crosswalk.findById(document.id());
        if (existing != null && existing.version.equals(document.version())) {
            return;
        }
        if (existing != null) {
            CrosswalkLink.delete("crosswalkId", document.id());
            UnmappedRequirement.delete("crosswalkId", document.id());
            existing.delete();
            entityManager.flush();
        }
        Crosswalk crosswalk = new Crosswalk();
        crosswalk.id = document.id();
        crosswalk.version = document.version();
        crosswalk.sourceFramework = document.source();
        crosswalk.targetFramework = document.target();
        crosswalk.provenance = document.provenance();
        crosswalk.loadedAt = Instant.now();
        crosswalk.persist();
        for (CrosswalkDocument.Link entry : document.links()) {
            CrosswalkLink link = new CrosswalkLink();
            link.crosswalkId = document.id();
            link.sourceRef = entry.source();
            link.targetRef = entry.target();
            link.relationship = entry.relationship();
            link.strength = entry.strength();
            link.rationale = entry.rationale();
            link.change = entry.change();
            link.persist();
        }
        for (CrosswalkDocument.Unmapped entry : document.unmapped()) {
            UnmappedRequirement unmapped = new UnmappedRequirement();
            unmapped.crosswalkId = document.id();
            unmapped.framework = entry.framework();
            unmapped.ref = entry.ref();
            unmapped.reason = entry.reason();
            unmapped.persist();
        }
        LOG.infof("Loaded crosswalk %s %s: %d links, %d requirements without counterpart", document.id(),
                document.version(), document.links().size(), document.unmapped().size());
    }
}
