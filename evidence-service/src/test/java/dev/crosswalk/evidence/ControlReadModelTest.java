package dev.crosswalk.evidence;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read model follows catalog.events: newest version wins, duplicates change nothing, deletes remove. */
@QuarkusTest
class ControlReadModelTest {
    @Inject
    ControlDirectory directory;

    @Test
    void followsRenamesIgnoresStaleSnapshotsAndForgetsDeletedControls() {
        String tenant = CatalogFixture.tenant("model");
        UUID id = CatalogFixture.control(tenant, "OLD-1", "monthly");
        CatalogFixture.awaitLive(tenant, "OLD-1");
        CatalogFixture.announce(tenant, id, "NEW-1", "monthly", "active", 2, CatalogEventTypes.CONTROL_UPDATED);
        CatalogFixture.awaitLive(tenant, "NEW-1");
        // a late, older snapshot must not undo the rename
        CatalogFixture.announce(tenant, id, "OLD-1", "monthly", "active", 1, CatalogEventTypes.CONTROL_UPDATED);
        UUID marker = CatalogFixture.control(tenant, "MARK-1", "monthly");
        CatalogFixture.awaitLive(tenant, "MARK-1");
        assertEquals(false, directory.liveControl(tenant, "OLD-1").isPresent());
        as(tenant).body(item("NEW-1", "After rename")).when().post(EVIDENCE).then().statusCode(201);

        CatalogFixture.announce(tenant, id, "NEW-1", "monthly", "active", 2, CatalogEventTypes.CONTROL_DELETED);
        await("the delete").atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> directory.liveControl(tenant, "NEW-1").isEmpty());
        as(tenant).body(item("NEW-1", "After delete")).when().post(EVIDENCE).then().statusCode(422);
        assertEquals(marker, directory.liveControl(tenant, "MARK-1").orElseThrow().id());
    }

    @Test
    void aReplayedEventIsAppliedOnceAndRetiredControlsTakeNoEvidence() {
        String tenant = CatalogFixture.tenant("replay");
        UUID id = UUID.randomUUID();
        String data = """
                {"id": "%s", "tenantId": "%s", "refCode": "RET-1", "name": "n", "owner": "o", "frequency": "daily",
                 "status": "retired", "version": 1}""".formatted(id, tenant);
        String eventId = UUID.randomUUID().toString();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, tenant, eventId, CatalogEventTypes.CONTROL_UPDATED, id.toString(), data);
            // the same event id again, now claiming the control is active: a duplicate must change nothing
            sender.send(Topics.CATALOG_EVENTS, tenant, eventId, CatalogEventTypes.CONTROL_UPDATED, id.toString(),
                    data.replace("retired", "active"));
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, "m",
                    data.replace(id.toString(), UUID.randomUUID().toString()).replace("RET-1", "MARK-2")
                            .replace("retired", "active"));
        }
        CatalogFixture.awaitLive(tenant, "MARK-2");
        assertEquals(false, directory.liveControl(tenant, "RET-1").isPresent());
        as(tenant).body(item("RET-1", "For a retired control")).when().post(EVIDENCE).then().statusCode(422);
    }
}
