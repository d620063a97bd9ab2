package dev.crosswalk.evidence;

import static org.awaitility.Awaitility.await;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.UUID;

/**
 * Plays the catalog: announces tenant controls on catalog.events through the real broker and waits
 * until evidence-service's read model has them.
 */
public final class CatalogFixture {
    private CatalogFixture() {
    }

    public static UUID control(String tenant, String refCode, String frequency) {
        return announce(tenant, UUID.randomUUID(), refCode, frequency, "active", 0, CatalogEventTypes.CONTROL_CREATED);
    }

    public static UUID announce(String tenant, UUID id, String refCode, String frequency, String status, long version,
                                String type) {
        String data = """
                {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "Control %s", "owner": "owner",
                 "frequency": "%s", "status": "%s", "version": %d}""".formatted(id, tenant, refCode, refCode,
                frequency, status, version);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, type, id.toString(), data);
        }
        return id;
    }

    public static void awaitLive(String tenant, String refCode) {
        ControlDirectory directory = Arc.container().instance(ControlDirectory.class).get();
        // the read model is read through Hibernate, which needs the test thread's request context
        await(refCode + " in the read model").atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> directory.liveControl(tenant, refCode).isPresent());
    }

    /** Announces the controls and waits until all are known. */
    public static void controls(String tenant, String frequency, String... refCodes) {
        for (String refCode : refCodes) {
            control(tenant, refCode, frequency);
        }
        for (String refCode : refCodes) {
            awaitLive(tenant, refCode);
        }
    }

    public static String tenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
