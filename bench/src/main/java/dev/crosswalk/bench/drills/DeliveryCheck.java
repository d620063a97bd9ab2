package dev.crosswalk.bench.drills;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The count check that ends every fault drill: once the outbox is drained and mapping-service has
 * caught up, every record the load got a 2xx for is stored once, every committed event is on the topic
 * and applied once, and every tenant's coverage counts each record once in both frameworks.
 */
final class DeliveryCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String[]> rows = new ArrayList<>();
    private boolean pass = true;

    /** Waits for delivery, counts, prints the table and PASS or FAIL; returns whether it passed. */
    boolean verify(DrillStack stack, EvidenceLoad load, List<DrillTenant> tenants) throws Exception {
        long drained = awaitOutboxDrained(stack, Duration.ofMinutes(3));
        long caughtUp = ConsumerGroups.awaitCaughtUp(stack.broker.bootstrapServers(), DrillStack.MAPPING_GROUP,
                Topics.EVIDENCE_EVENTS, Duration.ofMinutes(3));
        System.out.println("[drill] outbox drained " + drained + " ms and mapping-service caught up " + caughtUp
                + " ms after the load ended");
        run(stack, load, tenants);
        return pass;
    }

    private void run(DrillStack stack, EvidenceLoad load, List<DrillTenant> tenants) throws Exception {
        long expected = load.records();
        expect("records given up by the load (non-retryable error or still failing after 3 min)", 0,
                load.givenUp().size());
        long unexpected = load.answers().entrySet().stream()
                .filter(a -> a.getKey().matches(".* 5\\d\\d.*") && !a.getKey().endsWith("503 problem+json")
                        || a.getKey().contains("NOT problem+json"))
                .mapToLong(Map.Entry::getValue).sum();
        expect("answers that were a 5xx other than a 503 problem, or an error without problem+json", 0, unexpected);
        long outboxEvents;
        try (Connection c = stack.postgres.connect("evidence"); Statement s = c.createStatement()) {
            expect("records stored by evidence-service", expected, single(s, "select count(*) from evidence"));
            expect("distinct idempotency keys among them (each record stored once)", expected,
                    single(s, "select count(distinct idempotency_key) from evidence"));
            expect("records without their control link (half-written)", 0, single(s,
                    "select count(*) from evidence e where not exists (select 1 from evidence_control l where l.evidence_id = e.id)"));
            expect("records stored as accepted", expected, single(s, "select count(*) from evidence where review_status = 'accepted'"));
            // a bulk request's events share one row (bundle_size of them); a single post's is a row of its own
            expect("evidence.recorded events in the outbox (one per record)", expected, single(s,
                    "select sum(coalesce(bundle_size, 1)) from outbox_event where event_type = 'evidence.recorded'"));
            outboxEvents = single(s, "select sum(coalesce(bundle_size, 1)) from outbox_event");
            expect("outbox events not yet published", 0, single(s, "select count(*) from outbox_event where published_at is null"));
        }
        Set<String> onTopic = new HashSet<>();
        long deliveries = readTopic(stack.broker.bootstrapServers(), onTopic);
        expect("distinct events on evidence.events (= outbox events)", outboxEvents, onTopic.size());
        info("deliveries on the topic (a repeat after a lost acknowledgement is allowed)", deliveries);
        try (Connection c = stack.postgres.connect("mapping"); Statement s = c.createStatement()) {
            expect("records in mapping-service's projection", expected, single(s, "select count(*) from evidence_state"));
            expect("of them accepted", expected, single(s, "select count(*) from evidence_state where review_status = 'accepted'"));
            expect("evidence events applied by mapping-service (each once)", outboxEvents,
                    single(s, "select count(*) from processed_event where consumer = 'mapping-service/evidence.events'"));
        }
        CoverageProbe coverage = new CoverageProbe(stack.mappingUrl(), DrillStack.SECRET);
        int complete = 0;
        List<String> wrong = new ArrayList<>();
        for (int t = 0; t < tenants.size(); t++) {
            String tenant = tenants.get(t).id();
            int soc2 = coverage.evidenceCount(tenant, "soc2-tsc:2017", "CC6.1");
            int iso = coverage.evidenceCount(tenant, "iso27001:2022", "A.5.15");
            if (soc2 == load.recordsOf(t) && iso == load.recordsOf(t)) {
                complete++;
            } else {
                wrong.add(tenant + ": CC6.1 " + soc2 + ", A.5.15 " + iso + ", expected " + load.recordsOf(t));
            }
        }
        expect("tenants whose coverage counts each record once in CC6.1 and in A.5.15", tenants.size(), complete);
        print(load, wrong);
    }

    /** A row of the table; the drill fails unless {@code found} is {@code expected}. */
    void expect(String what, long expected, long found) {
        rows.add(new String[] {what, String.valueOf(expected), String.valueOf(found)});
        pass &= expected == found;
    }

    void info(String what, long found) {
        rows.add(new String[] {what, "-", String.valueOf(found)});
    }

    private void print(EvidenceLoad load, List<String> wrong) {
        System.out.println();
        System.out.println("| answers the load got | count |");
        System.out.println("|---|---|");
        load.answers().forEach((kind, n) -> System.out.println("| " + kind + " | " + n + " |"));
        load.givenUp().entrySet().stream().limit(5).forEach(g -> System.out.println("[drill] gave up record " + g.getKey()
                + ": " + g.getValue()));
        wrong.stream().limit(10).forEach(w -> System.out.println("[drill] wrong coverage: " + w));
        printChecks();
    }

    /** Prints the table of checks and PASS or FAIL; returns whether every check held. */
    boolean printChecks() {
        System.out.println();
        System.out.println("| check | expected | found |");
        System.out.println("|---|---|---|");
        rows.forEach(r -> System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |"));
        System.out.println();
        System.out.println(pass ? "[drill] PASS" : "[drill] FAIL");
        return pass;
    }

    private static long awaitOutboxDrained(DrillStack stack, Duration timeout) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < timeout.toNanos()) {
            try (Connection c = stack.postgres.connect("evidence"); Statement s = c.createStatement()) {
                if (single(s, "select count(*) from outbox_event where published_at is null") == 0) {
                    return Duration.ofNanos(System.nanoTime() - started).toMillis();
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the evidence outbox still holds unpublished events after " + timeout.toSeconds() + " s");
    }

    /** Reads evidence.events from the beginning to its end; collects event ids, returns how many records it held. */
    private static long readTopic(String bootstrapServers, Set<String> ids) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVIDENCE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    ids.add(JSON.readTree(record.value()).path("id").asText());
                    records++;
                }
            }
            return records;
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
