package dev.crosswalk.evidence.intake;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.evidence.PublishedEvents;
import dev.crosswalk.evidence.EvidenceApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a bulk request leaves in the database: one evidence row, its control links and one
 * {@code evidence.recorded} outbox row per created item, nothing for replays and rejections, and
 * nothing at all when PostgreSQL refuses a value. Read back with plain SQL, not through the service.
 */
@QuarkusTest
class EvidenceBulkStorageTest {
    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** An item for several controls, with optional idempotency key and freshness. */
    private static String item(List<String> controls, String title, String key, Integer validForDays) {
        Instant collected = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        return """
                {%s"controls": [%s], "kind": "automated_check", "title": "%s", "sourceSystem": "bench",
                 "collectedAt": "%s", %s"result": "fail", "submitter": "ci-bot", "metadata": {"title": "%s", "n": [1, 2]}}"""
                .formatted(key == null ? "" : "\"idempotencyKey\": \"" + key + "\", ",
                        String.join(", ", controls.stream().map(c -> "\"" + c + "\"").toList()), title, collected,
                        validForDays == null ? "" : "\"validForDays\": " + validForDays + ", ", title);
    }

    @Test
    void everyCreatedItemIsOneRowWithItsLinksAndOneOutboxEventCarryingItsContent() throws Exception {
        String tenant = CatalogFixture.tenant("store");
        UUID a = CatalogFixture.control(tenant, "ST-A", "daily");
        UUID b = CatalogFixture.control(tenant, "ST-B", "daily");
        CatalogFixture.awaitLive(tenant, "ST-A");
        CatalogFixture.awaitLive(tenant, "ST-B");
        int n = 37;
        List<String> items = new ArrayList<>();
        int links = 0;
        for (int i = 0; i < n; i++) {
            List<String> controls = i % 3 == 0 ? List.of("ST-A", "ST-B") : List.of(i % 2 == 0 ? "ST-A" : "ST-B");
            links += controls.size();
            items.add(item(controls, "Record " + i, null, i % 5 == 0 ? 7 : null));
        }
        List<String> ids = as(tenant).body("[" + String.join(",", items) + "]").when().post(EVIDENCE + "/bulk")
                .then().statusCode(200).body("created", equalTo(n)).body("rejected", equalTo(0))
                .extract().path("results.id");

        Map<String, Map<String, Object>> rows = rows(tenant);
        assertEquals(n, rows.size());
        assertEquals(new HashSet<>(ids), rows.keySet());
        Map<String, Map<UUID, String>> linked = links(tenant);
        assertEquals(links, linked.values().stream().mapToInt(Map::size).sum());
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = rows.get(ids.get(i));
            assertEquals("Record " + i, row.get("title"));
            assertEquals("automated_check", row.get("kind"));
            assertEquals("fail", row.get("result"));
            assertEquals("pending", row.get("review_status"));
            assertEquals(0L, row.get("version"));
            assertTrue(((String) row.get("request_fingerprint")).matches("[0-9a-f]{64}"));
            assertEquals(json.readTree("{\"title\": \"Record " + i + "\", \"n\": [1, 2]}"), json.readTree((String) row.get("metadata")));
            Instant collected = (Instant) row.get("collected_at");
            assertEquals(collected.plus(i % 5 == 0 ? 7 : 90, ChronoUnit.DAYS), row.get("valid_until"),
                    "validForDays or the default validity");
            Map<UUID, String> expected = i % 3 == 0 ? Map.of(a, "ST-A", b, "ST-B")
                    : Map.of(i % 2 == 0 ? a : b, i % 2 == 0 ? "ST-A" : "ST-B");
            assertEquals(expected, linked.get(ids.get(i)));
        }
        // the fingerprint is of the content: two records with different titles differ
        assertNotEquals(rows.get(ids.get(0)).get("request_fingerprint"), rows.get(ids.get(1)).get("request_fingerprint"));

        List<JsonNode> outbox = outbox(tenant);
        assertEquals(n, outbox.size());
        assertEquals(1, outboxRows(tenant), "the request's events share one outbox row");
        for (int i = 0; i < n; i++) {
            JsonNode event = outbox.get(i);
            Map<String, Object> row = rows.get(ids.get(i));
            assertEquals("evidence.recorded", event.path("eventType").asText());
            assertEquals(ids.get(i), event.path("subject").asText(), "outbox rows in input order");
            JsonNode data = event.path("payload");
            assertEquals(ids.get(i), data.path("id").asText());
            assertEquals(tenant, data.path("tenantId").asText());
            assertEquals("automated_check", data.path("kind").asText());
            assertEquals("fail", data.path("result").asText());
            assertEquals("pending", data.path("reviewStatus").asText());
            assertEquals(false, data.path("expired").asBoolean());
            assertEquals(0, data.path("version").asLong());
            assertTrue(data.path("supersedes").isNull() && data.path("supersededBy").isNull());
            assertEquals(row.get("collected_at"), Instant.parse(data.path("collectedAt").asText()));
            assertEquals(row.get("valid_until"), Instant.parse(data.path("validUntil").asText()));
            Map<UUID, String> controls = new HashMap<>();
            data.path("controls").forEach(c -> controls.put(UUID.fromString(c.path("id").asText()), c.path("refCode").asText()));
            assertEquals(linked.get(ids.get(i)), controls);
        }

        // and the relay publishes each of them once
        assertEquals(ids, PublishedEvents.of(tenant).stream().map(e -> e.path("subject").asText()).toList());
    }

    @Test
    void bulksLargerThanARelayBatchBetweenSinglePostsArriveOnceEachInOrder() throws Exception {
        String tenant = CatalogFixture.tenant("relay");
        CatalogFixture.control(tenant, "RB-1", "daily");
        CatalogFixture.awaitLive(tenant, "RB-1");
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            expected.add(as(tenant).body(EvidenceApi.item("RB-1", "single " + round)).when().post(EVIDENCE).then().statusCode(201)
                    .extract().path("id"));
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 450; i++) { // more than the relay's batch of 200 events
                items.add(item(List.of("RB-1"), "bulk " + round + "/" + i, null, null));
            }
            expected.addAll(as(tenant).body("[" + String.join(",", items) + "]").when().post(EVIDENCE + "/bulk")
                    .then().statusCode(200).body("created", equalTo(450)).extract().<List<String>>path("results.id"));
        }
        assertEquals(4, outboxRows(tenant));

        List<JsonNode> published = PublishedEvents.of(tenant);
        assertEquals(expected, published.stream().map(e -> e.path("subject").asText()).toList());
        assertEquals(expected, published.stream().map(e -> e.path("data").path("id").asText()).toList());
        assertEquals(expected.size(), published.stream().map(e -> e.path("id").asText()).distinct().count(),
                "each event its own CloudEvent id");
    }

    @Test
    void aKeyRepeatedInOneBulkOrAcrossBulksOrPathsStoresOneRecordAndOneEvent() throws Exception {
        String tenant = CatalogFixture.tenant("keys");
        CatalogFixture.controls(tenant, "daily", "KY-1");
        String first = item(List.of("KY-1"), "Nightly backup", "backup-1", null);
        String changed = first.replace("Nightly backup", "Another backup");
        List<Map<String, Object>> results = as(tenant).body("[" + first + "," + changed + "," + first + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("created", equalTo(1)).body("replayed", equalTo(1)).body("rejected", equalTo(1))
                .body("results.outcome", equalTo(List.of("created", "rejected", "replayed")))
                .body("results[1].problem.type", equalTo("urn:crosswalk:problem:idempotency-key-reused"))
                .extract().path("results");
        String id = (String) results.getFirst().get("id");
        assertEquals(id, results.get(2).get("id"));
        as(tenant).body("[" + first + "]").when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("replayed", equalTo(1)).body("results[0].id", equalTo(id));
        // the same key through the single POST stands for the same record: same content, same fingerprint
        String single = first.replace("\"idempotencyKey\": \"backup-1\", ", "");
        as(tenant).header("Idempotency-Key", "backup-1").body(single).when().post(EVIDENCE).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        // and a key first used by the single POST replays in a bulk
        String viaSingle = as(tenant).header("Idempotency-Key", "single-1").body(single.replace("Nightly", "Weekly"))
                .when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        as(tenant).body("[" + first.replace("backup-1", "single-1").replace("Nightly", "Weekly") + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("replayed", equalTo(1)).body("results[0].id", equalTo(viaSingle));

        assertEquals(2, rows(tenant).size());
        assertEquals(2, outbox(tenant).size());
    }

    @Test
    void invalidItemsLeaveNoTraceAndAValueThatPostgresRefusesFailsTheWholeRequest() throws Exception {
        String tenant = CatalogFixture.tenant("refuse");
        CatalogFixture.controls(tenant, "daily", "RF-1");
        String body = "[" + String.join(",", item(List.of("RF-1"), "Good one", null, null),
                item(List.of("RF-1"), "Unknown control", null, null).replace("\"RF-1\"", "\"RF-404\""),
                item(List.of("RF-1"), "Too fresh", null, 0),
                item(List.of("RF-1"), "Good two", null, null)) + "]";
        as(tenant).body(body).when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("created", "rejected", "rejected", "created")));
        assertEquals(Set.of("Good one", "Good two"), Set.copyOf(rows(tenant).values().stream()
                .map(r -> (String) r.get("title")).toList()));
        assertEquals(2, links(tenant).size());
        assertEquals(2, outbox(tenant).size());

        // a NUL character passes the field checks but PostgreSQL cannot store it: nothing of the request is kept
        String nul = "[" + item(List.of("RF-1"), "Kept only with the rest", "nul-1", null) + ","
                + item(List.of("RF-1"), "Has a \\u0000 inside", null, null) + "]";
        as(tenant).body(nul).when().post(EVIDENCE + "/bulk").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(2, rows(tenant).size());
        assertEquals(2, outbox(tenant).size());
        // the key of the refused request was not consumed
        as(tenant).body("[" + item(List.of("RF-1"), "Kept only with the rest", "nul-1", null) + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void tenantsShareNeitherKeysNorControlsNorRows() throws Exception {
        String one = CatalogFixture.tenant("iso-a");
        String two = CatalogFixture.tenant("iso-b");
        CatalogFixture.controls(one, "daily", "ONLY-A");
        CatalogFixture.controls(two, "daily", "ONLY-B");
        String keyed = item(List.of("ONLY-A"), "Tenant one", "shared-key", null);
        String idOne = as(one).body("[" + keyed + "]").when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("created", equalTo(1)).extract().path("results[0].id");
        // the same key in another tenant is a new record there, and tenant one's controls are unknown to it
        as(two).body("[" + keyed + "," + item(List.of("ONLY-B"), "Tenant two", "shared-key", null) + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("rejected", "created")))
                .body("results[0].problem.status", equalTo(422));
        assertEquals(Set.of(idOne), rows(one).keySet());
        assertEquals(1, rows(two).size());
        assertNotEquals(idOne, rows(two).keySet().iterator().next());
        assertEquals(List.of(idOne), outbox(one).stream().map(e -> e.path("subject").asText()).toList());
        assertEquals(two, tenantOfEvent(outbox(two).getFirst()));
        as(two).when().get(EVIDENCE + "/" + idOne).then().statusCode(404);
        as(two).when().get(EVIDENCE).then().body("items", hasSize(1)).body("items[0].title", equalTo("Tenant two"));
    }

    private static String tenantOfEvent(JsonNode event) {
        return event.path("payload").path("tenantId").asText();
    }

    private Map<String, Map<String, Object>> rows(String tenant) throws Exception {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                select id, title, kind, result, review_status, version, request_fingerprint, metadata::text,
                       collected_at, valid_until
                from evidence where tenant_id = ?""")) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("title", rs.getString(2));
                    row.put("kind", rs.getString(3));
                    row.put("result", rs.getString(4));
                    row.put("review_status", rs.getString(5));
                    row.put("version", rs.getLong(6));
                    row.put("request_fingerprint", rs.getString(7));
                    row.put("metadata", rs.getString(8));
                    row.put("collected_at", rs.getObject(9, java.time.OffsetDateTime.class).toInstant());
                    row.put("valid_until", rs.getObject(10, java.time.OffsetDateTime.class).toInstant());
                    rows.put(rs.getString(1), row);
                }
            }
        }
        return rows;
    }

    /** Per record id: the linked control ids and refCodes. */
    private Map<String, Map<UUID, String>> links(String tenant) throws Exception {
        Map<String, Map<UUID, String>> links = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select evidence_id, control_id, ref_code from evidence_control where tenant_id = ?")) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    links.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), rs.getString(3));
                }
            }
        }
        return links;
    }

    /**
     * The tenant's outbox events in commit order, each as {eventType, subject, payload}: a bundle row is read as
     * its members, in their order.
     */
    private List<JsonNode> outbox(String tenant) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                select o.event_type, coalesce(m.member->>'subject', o.subject), coalesce(m.member->'data', o.payload)::text
                from outbox_event o
                left join lateral json_array_elements(case when o.bundle_size is not null then o.payload end)
                  with ordinality as m(member, n) on true
                where o.tenant_id = ? order by o.seq, m.n""")) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(json.createObjectNode().put("eventType", rs.getString(1)).put("subject", rs.getString(2))
                            .set("payload", json.readTree(rs.getString(3))));
                }
            }
        }
        return events;
    }

    private long outboxRows(String tenant) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from outbox_event where tenant_id = ?")) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
