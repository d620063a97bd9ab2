package dev.crosswalk.bench;

import dev.crosswalk.bench.drills.ConsumerGroups;
import dev.crosswalk.bench.drills.CoverageProbe;
import dev.crosswalk.bench.drills.DrillMappings;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Scale-out drill (issue 7): two mapping-service instances in one consumer group on topics of six
 * partitions; evidence for many tenants; one instance killed (SIGKILL) halfway. Passes when, after the
 * group caught up, every tenant's coverage holds every record exactly once in both frameworks.
 * Options: -Dtenants=40 -Drecords=25 (records per tenant; each is recorded, then accepted: two events).
 */
public final class ScaleOutDrill {
    private static final String SECRET = "drill-only-internal-identity-secret-0123456789";
    private static final String GROUP = "mapping-service";

    private ScaleOutDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int tenants = Integer.getInteger("tenants", 40);
        int records = Integer.getInteger("records", 25);
        Path work = Files.createTempDirectory("crosswalk-drill");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            KafkaBroker kafka = new KafkaBroker(work.resolve("kafka"), KafkaBroker.freePort(), KafkaBroker.freePort(), 6)
                    .start();
            kafka.createTopics(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS, Topics.MAPPING_EVENTS);
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database mapping");
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/mapping";
            ServiceProcess first = mapping(project, work, "mapping-a", postgres.getPort(), kafka);
            ServiceProcess second = mapping(project, work, "mapping-b", postgres.getPort(), kafka);
            try {
                first.start();
                second.start();
                first.awaitReady();
                second.awaitReady();
                String url = first.definition().baseUrl();
                List<String> tenantIds = seedTenants(kafka, url, tenants);
                Instant start = Instant.now();
                int killedAt = produceEvidence(kafka, tenantIds, records, second);
                long caughtUpMs = ConsumerGroups.awaitCaughtUp(kafka.bootstrapServers(), GROUP, Topics.EVIDENCE_EVENTS,
                        Duration.ofMinutes(4));
                report(jdbcUrl, url, tenantIds, records, killedAt, caughtUpMs, Duration.between(start, Instant.now()));
            } finally {
                first.stop();
                second.stop();
                kafka.stop();
            }
        }
    }

    private static ServiceProcess mapping(Path project, Path work, String name, int postgresPort, KafkaBroker kafka) {
        ServiceDefinition definition = new ServiceDefinition("mapping-service", KafkaBroker.freePort(), "mapping", "MAPPING");
        Path logs = work.resolve(name);
        try {
            Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ServiceProcess(definition, project, logs,
                definition.environment(postgresPort, kafka.bootstrapServers(), SECRET));
    }

    /** One control per tenant, mapped to A.5.15 and CC6.1 through the API of the first instance. */
    private static List<String> seedTenants(KafkaBroker kafka, String url, int tenants) throws Exception {
        List<String> ids = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender(kafka.bootstrapServers())) {
            for (int t = 0; t < tenants; t++) {
                String tenant = "drill-" + t;
                UUID control = UUID.randomUUID();
                sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                        {"id": "%s", "tenantId": "%s", "refCode": "IAM-01", "name": "Access review", "owner": "o",
                         "frequency": "quarterly", "status": "active", "version": 0}""".formatted(control, tenant));
                ids.add(tenant + " " + control);
            }
        }
        for (String entry : ids) {
            DrillMappings.mapToA515AndCc61(url, SECRET, entry.split(" ")[0]);
        }
        return ids;
    }

    /** Sends every record as recorded (pending) then accepted; kills the second instance halfway. */
    private static int produceEvidence(KafkaBroker kafka, List<String> tenants, int records, ServiceProcess victim)
            throws Exception {
        int total = tenants.size() * records * 2;
        int sent = 0;
        int killedAt = -1;
        try (CloudEventSender sender = new CloudEventSender(kafka.bootstrapServers())) {
            for (int r = 0; r < records; r++) {
                for (String entry : tenants) {
                    String tenant = entry.split(" ")[0];
                    String control = entry.split(" ")[1];
                    UUID id = UUID.randomUUID();
                    sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.RECORDED, id.toString(),
                            evidence(id, tenant, control, "pending", 0));
                    sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, id.toString(),
                            evidence(id, tenant, control, "accepted", 1));
                    sent += 2;
                    if (killedAt < 0 && sent >= total / 2) {
                        Thread.sleep(2_000); // let the second instance be busy with its share
                        int owners = evidenceOwners(kafka);
                        if (owners < 2) {
                            throw new IllegalStateException("only " + owners + " instance(s) own evidence.events "
                                    + "partitions: the drill would prove nothing");
                        }
                        victim.kill();
                        killedAt = sent;
                        System.out.println("[drill] killed the second instance (SIGKILL) after " + sent + " of " + total
                                + " events");
                    }
                }
            }
        }
        return killedAt;
    }

    /** How many group members own evidence.events partitions now; prints who owns which. */
    private static int evidenceOwners(KafkaBroker kafka) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            int owners = 0;
            for (MemberDescription member : admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members()) {
                List<Integer> partitions = member.assignment().topicPartitions().stream()
                        .filter(p -> p.topic().equals(Topics.EVIDENCE_EVENTS)).map(TopicPartition::partition).sorted().toList();
                if (!partitions.isEmpty()) {
                    owners++;
                    System.out.println("[drill] " + member.clientId() + " on " + member.host() + " owns evidence.events "
                            + partitions);
                }
            }
            return owners;
        }
    }

    private static String evidence(UUID id, String tenant, String control, String review, long version) {
        return """
                {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "IAM-01"}], "kind": "automated_check",
                 "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "%s", "expired": false,
                 "version": %d}""".formatted(id, tenant, control, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(30, ChronoUnit.DAYS), review, version);
    }

    private static void report(String jdbcUrl, String url, List<String> tenants, int records, int killedAt,
                               long caughtUpMs, Duration total) throws Exception {
        int complete = 0;
        List<String> wrong = new ArrayList<>();
        CoverageProbe coverage = new CoverageProbe(url, SECRET);
        for (String entry : tenants) {
            String tenant = entry.split(" ")[0];
            int soc2 = coverage.evidenceCount(tenant, "soc2-tsc:2017", "CC6.1");
            int iso = coverage.evidenceCount(tenant, "iso27001:2022", "A.5.15");
            if (soc2 == records && iso == records) {
                complete++;
            } else {
                wrong.add(tenant + " (CC6.1 " + soc2 + ", A.5.15 " + iso + ")");
            }
        }
        long stored;
        long accepted;
        long processed;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            stored = single(s, "select count(*) from evidence_state");
            accepted = single(s, "select count(*) from evidence_state where review_status = 'accepted'");
            processed = single(s, "select count(*) from processed_event where consumer = 'mapping-service/evidence.events'");
        }
        long expected = (long) tenants.size() * records;
        boolean pass = complete == tenants.size() && stored == expected && accepted == expected && processed == 2 * expected;
        System.out.println();
        System.out.println("| what | expected | found |");
        System.out.println("|---|---|---|");
        System.out.println("| tenants with every record counted once in CC6.1 and A.5.15 | " + tenants.size() + " | " + complete + " |");
        System.out.println("| evidence records in the projection | " + expected + " | " + stored + " |");
        System.out.println("| of them accepted (the later event won) | " + expected + " | " + accepted + " |");
        System.out.println("| evidence events applied (each once) | " + 2 * expected + " | " + processed + " |");
        System.out.println();
        System.out.println("[drill] second instance killed after " + killedAt + " events; group caught up "
                + caughtUpMs + " ms after the last event was sent; whole run " + total.toSeconds() + " s");
        wrong.stream().limit(10).forEach(w -> System.out.println("[drill] wrong: " + w));
        System.out.println(pass ? "[drill] PASS" : "[drill] FAIL");
        if (!pass) {
            System.exit(1);
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
