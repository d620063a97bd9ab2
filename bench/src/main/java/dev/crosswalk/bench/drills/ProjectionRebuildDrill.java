package dev.crosswalk.bench.drills;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.events.Topics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;

/**
 * Drill (issue 16): mapping-service's projections are rebuilt from the owners' current state after Kafka no
 * longer holds the events that built them. Tenants get controls (catalog-service), mappings and accepted
 * evidence; once coverage has settled it is read for every tenant in both frameworks. Then every record on
 * catalog.events and evidence.events is deleted (what retention does after a week), mapping-service's
 * projections are cleared under the running stack, catalog- and evidence-service restate their state, and
 * coverage must come back exactly as it was, for every tenant.
 * Options: -Drecords=5000 -Dtenants=10 -Dclients=4
 */
public final class ProjectionRebuildDrill {
    private static final List<String> FRAMEWORKS = List.of("iso27001:2022", "soc2-tsc:2017");
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private ProjectionRebuildDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int records = Integer.getInteger("records", 5_000);
        DeliveryCheck table = new DeliveryCheck();
        boolean pass;
        try (DrillStack stack = DrillStack.start(project, "rebuild-drill", true)) {
            List<DrillTenant> tenants = stack.seedTenants(Integer.getInteger("tenants", 10));
            EvidenceLoad load = new EvidenceLoad(stack.evidenceUrl(), DrillStack.SECRET, tenants, records);
            load.start(Integer.getInteger("clients", 4)).get();
            Map<String, JsonNode> before = settled(stack, tenants, null);
            System.out.println("[drill] " + records + " records accepted; coverage of " + tenants.size()
                    + " tenants read in both frameworks");

            long deleted = deleteEveryRecord(stack, List.of(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS));
            System.out.println("[drill] " + deleted + " records deleted from catalog.events and evidence.events");
            JsonNode cleared = DrillApi.post(stack.mappingUrl() + "/api/v1/mappings/projections/clear",
                    DrillApi.operatorToken(), null);
            System.out.println("[drill] mapping-service cleared " + cleared.path("tables"));
            Map<String, JsonNode> emptied = coverage(stack, tenants);
            table.expect("tenants whose coverage still looks as before right after the clear", 0,
                    tenants.stream().filter(t -> sameCoverage(before, emptied, t.id())).count());

            long started = System.nanoTime();
            JsonNode catalog = restate(stack.catalogUrl() + "/api/v1/catalog/restatements");
            JsonNode evidence = restate(stack.evidenceUrl() + "/api/v1/evidence/restatements");
            System.out.printf("[drill] restatements finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
            table.expect("catalog events restated = its entities", catalog.path("total").asLong(),
                    catalog.path("announced").asLong());
            table.expect("evidence records restated", records, evidence.path("announced").asLong());

            Map<String, JsonNode> after = settled(stack, tenants, before);
            System.out.printf("[drill] coverage rebuilt %.1f s after the restatements began%n",
                    (System.nanoTime() - started) / 1e9);
            table.expect("tenants whose coverage in both frameworks is exactly as before", tenants.size(),
                    tenants.stream().filter(t -> sameCoverage(before, after, t.id())).count());
            try (Connection c = stack.database("mapping"); Statement s = c.createStatement();
                 ResultSet count = s.executeQuery("select count(*) from evidence_state")) {
                count.next();
                table.expect("records in mapping-service's projection", records, count.getLong(1));
            }
            pass = table.printChecks();
        }
        System.exit(pass ? 0 : 1);
    }

    /** Starts a restatement, prints its progress and answers it once finished. */
    private static JsonNode restate(String url) throws Exception {
        String id = DrillApi.post(url, DrillApi.operatorToken(), null).path("id").asText();
        while (true) {
            JsonNode progress = DrillApi.get(url + "/" + id, DrillApi.operatorToken());
            System.out.printf("[drill] %s: %d of %d (%s)%n", url, progress.path("announced").asLong(),
                    progress.path("total").asLong(), progress.path("source").asText("done"));
            if (!progress.path("finishedAt").isNull()) {
                return progress;
            }
            Thread.sleep(1_000);
        }
    }

    /**
     * Coverage once the consumers have caught up and it reads the same twice in a row (a refresh may still be
     * due); with {@code expected}, as soon as it equals that, or what it is when {@link #SETTLE} is over.
     */
    private static Map<String, JsonNode> settled(DrillStack stack, List<DrillTenant> tenants,
                                                 Map<String, JsonNode> expected) throws Exception {
        for (String topic : List.of(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS)) {
            ConsumerGroups.awaitCaughtUp(stack.broker().bootstrapServers(), DrillStack.MAPPING_GROUP, topic, SETTLE);
        }
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, JsonNode> last = coverage(stack, tenants);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            Map<String, JsonNode> now = coverage(stack, tenants);
            if (expected != null ? now.equals(expected) : now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static Map<String, JsonNode> coverage(DrillStack stack, List<DrillTenant> tenants) throws Exception {
        Map<String, JsonNode> coverage = new LinkedHashMap<>();
        for (DrillTenant tenant : tenants) {
            for (String framework : FRAMEWORKS) {
                coverage.put(tenant.id() + " " + framework, DrillApi.get(stack.mappingUrl()
                        + "/api/v1/mappings/coverage?framework=" + framework, DrillApi.tenantToken(tenant.id())));
            }
        }
        return coverage;
    }

    private static boolean sameCoverage(Map<String, JsonNode> one, Map<String, JsonNode> other, String tenant) {
        return FRAMEWORKS.stream().allMatch(f -> one.get(tenant + " " + f).equals(other.get(tenant + " " + f)));
    }

    /** What retention does after a week: every record of the topics is gone (the committed offsets stay). */
    private static long deleteEveryRecord(DrillStack stack, List<String> topics) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, RecordsToDelete> delete = new HashMap<>();
            List<Long> ends = new ArrayList<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> {
                delete.put(partition, RecordsToDelete.beforeOffset(info.offset()));
                ends.add(info.offset());
            });
            admin.deleteRecords(delete).all().get();
            return ends.stream().mapToLong(Long::longValue).sum();
        }
    }
}
