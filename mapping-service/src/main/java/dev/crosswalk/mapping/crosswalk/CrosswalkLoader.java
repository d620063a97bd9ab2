package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.coverage.CoverageAnnouncer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the crosswalk data files at start. A file whose version is already loaded is skipped; a new
 * version replaces the one in use whole, in one transaction, under an advisory lock (replicas may start
 * together). Every tenant follows the version in use: overrides of links it changed are flagged for review
 * and every tenant's coverage is recomputed (announced as {@code coverage.changed}). Earlier versions stay
 * shipped side by side for comparison (CrosswalkVersions).
 */
@ApplicationScoped
public class CrosswalkLoader {
    private static final Logger LOG = Logger.getLogger(CrosswalkLoader.class);

    @Inject
    CrosswalkVersions versions;

    @Inject
    EntityManager entityManager;

    @Inject
    RequirementUniverse universe;

    @Inject
    EffectiveCrosswalk effective;

    @Inject
    CoverageAnnouncer announcer;

    void onStart(@Observes StartupEvent event) {
        apply(versions.inUse());
    }

    /**
     * Puts the documents in use (each unless its version already is), then refreshes what is read from them once;
     * if any moved to another version, every tenant's coverage is recomputed and its changes announced.
     */
    public void apply(List<CrosswalkDocument> documents) {
        boolean moved = false;
        for (CrosswalkDocument document : documents) {
            moved |= QuarkusTransaction.requiringNew().call(() -> load(document));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            universe.refresh();
            effective.refresh();
        });
        if (moved) {
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                List<String> tenants = entityManager.createNativeQuery("select distinct tenant_id from control_mapping")
                        .getResultList();
                announcer.markDue(tenants);
                LOG.infof("A crosswalk moved to a new version: coverage of %d tenants is recomputed", tenants.size());
            });
        }
    }

    /** Loads the document unless its version is the one in use; true when it replaced another version. */
    boolean load(CrosswalkDocument document) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('mapping.crosswalk-load'))").getSingleResult();
        Crosswalk existing = Crosswalk.findById(document.id());
        if (existing != null && existing.version.equals(document.version())) {
            return false;
        }
        if (existing != null) {
            flagOverridesOfChangedLinks(document);
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
            link.residual = entry.residual() == null || entry.residual().isBlank() ? null : entry.residual();
            link.change = entry.change();
            link.persist();
        }
        for (CrosswalkDocument.Unmapped entry : document.noCounterpart()) {
            UnmappedRequirement unmapped = new UnmappedRequirement();
            unmapped.crosswalkId = document.id();
            unmapped.framework = entry.framework();
            unmapped.ref = entry.ref();
            unmapped.reason = entry.reason();
            unmapped.persist();
        }
        LOG.infof("Loaded crosswalk %s %s: %d links, %d requirements without counterpart", document.id(),
                document.version(), document.links().size(), document.noCounterpart().size());
        if (existing != null) {
            LOG.infof("Crosswalk %s moved from %s to %s", document.id(), existing.version, document.version());
        }
        return existing != null;
    }

    /**
     * A tenant's override of a link that the new version adds, removes, retypes or re-weights is flagged for
     * review (the override itself stays in force): the tenant decided against the old link, not the new one.
     */
    private void flagOverridesOfChangedLinks(CrosswalkDocument document) {
        Map<String, CrosswalkDocument.Link> next = CrosswalkVersions.byPair(document);
        Map<String, CrosswalkLink> current = new HashMap<>();
        CrosswalkLink.<CrosswalkLink>list("crosswalkId", document.id())
                .forEach(link -> current.put(link.sourceRef + " " + link.targetRef, link));
        for (LinkOverride override : LinkOverride.<LinkOverride>list("crosswalkId", document.id())) {
            String pair = override.sourceRef + " " + override.targetRef;
            CrosswalkLink was = current.get(pair);
            CrosswalkDocument.Link now = next.get(pair);
            String reason = was == null && now != null ? "version " + document.version() + " adds this link"
                    : was != null && now == null ? "version " + document.version() + " removes this link"
                    : was != null && (was.relationship != now.relationship() || was.strength != now.strength())
                    ? "version " + document.version() + " changes this link from " + was.relationship + " "
                    + was.strength + " to " + now.relationship() + " " + now.strength()
                    : null;
            if (reason != null) {
                override.needsReview = true;
                override.reviewReason = reason;
            }
        }
    }
}
