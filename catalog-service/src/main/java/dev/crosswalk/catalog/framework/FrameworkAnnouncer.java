package dev.crosswalk.catalog.framework;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EventExtensions;
import dev.crosswalk.events.FrameworkEventData;
import dev.crosswalk.support.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Announces a framework's requirements (ids and titles) on {@code catalog.events} once, in the
 * transaction that stores it, so other services can name requirements without reading our tables.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FrameworkAnnouncer {
    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    /** Publishes {@code framework.published} unless this framework was announced before; true when it was sent now. */
    public boolean announceOnce(String frameworkId) {
        FrameworkEventData data = eventData(frameworkId);
        String hash = data.contentHash();
        int inserted = entityManager.createNativeQuery("""
                        insert into framework_announcement (framework_id, content_hash, announced_at) values (?1, ?2, ?3)
                        on conflict (framework_id) do nothing""")
                .setParameter(1, frameworkId).setParameter(2, hash).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.append(EventExtensions.SHARED_TENANT, CatalogEventTypes.FRAMEWORK_PUBLISHED, frameworkId, data);
        return true;
    }

    /** What its events carry: the framework's requirements (ids and titles) and their hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FrameworkEventData eventData(String frameworkId) {
        Framework framework = Framework.findById(frameworkId);
        List<FrameworkEventData.RequirementEntry> requirements = Requirement.<Requirement>list(
                        "frameworkId = ?1 order by position", frameworkId).stream()
                .map(r -> new FrameworkEventData.RequirementEntry(r.ref, r.title, r.kind.name(), r.groupCode))
                .toList();
        return new FrameworkEventData(frameworkId, framework.name, framework.version, hash(requirements), requirements);
    }

    private static String hash(List<FrameworkEventData.RequirementEntry> requirements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (FrameworkEventData.RequirementEntry r : requirements) {
                digest.update((r.ref() + "\t" + r.title() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
