package dev.crosswalk.mapping.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded to V5: the migration fills the link columns and both summaries from the
 * records the projection already holds, so the first report after the upgrade is right.
 */
@QuarkusTest
class SummaryBackfillTest {
    private static final String TENANT = "upgraded";

    @Test
    void theMigrationBackfillsTheSummariesOfAnExistingDatabase() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String upgradeUrl = base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
        Flyway.configure().dataSource(upgradeUrl, user, password).locations("classpath:db/migration").target("4")
                .load().migrate();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID newestPass = UUID.randomUUID();
        UUID olderPass = UUID.randomUUID();
        Instant day = Instant.parse("2026-06-10T00:00:00Z");
        try (Connection c = DriverManager.getConnection(upgradeUrl, user, password)) {
            // control a: two fresh accepted passes, one pass gone stale by time, one pending, one superseded
            insert(c, newestPass, a, "pass", "accepted", day.plus(20, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), false, false);
            insert(c, olderPass, a, "pass", "accepted", day.plus(1, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), false, false);
            insert(c, UUID.randomUUID(), a, "pass", "accepted", day.minus(3, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS), false, false);
            insert(c, UUID.randomUUID(), a, "pass", "pending", day.plus(2, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), false, false);
            insert(c, UUID.randomUUID(), a, "pass", "accepted", day.plus(3, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), false, true);
            // control b: its latest record failed, an older one passed but has expired
            insert(c, UUID.randomUUID(), b, "fail", "accepted", day.plus(5, ChronoUnit.HOURS), now.plus(5, ChronoUnit.DAYS), false, false);
            insert(c, UUID.randomUUID(), b, "pass", "accepted", day.minus(1, ChronoUnit.DAYS), now.plus(5, ChronoUnit.DAYS), true, false);
        }

        // the rest of the service's migrations, shared libraries' included (the change log's triggers need db/changelog)
        Flyway.configure().dataSource(upgradeUrl, user, password).outOfOrder(true)
                .locations("classpath:db/migration", "classpath:db/outbox", "classpath:db/inbox", "classpath:db/controls",
                        "classpath:db/changelog").load().migrate();

        try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    select passing, failing, latest_evidence_id, latest_result, array_to_string(newest_passing, ','),
                           next_stale_at from control_evidence_summary where tenant_id = 'upgraded' and control_id = '%s'"""
                    .formatted(a))) {
                assertTrue(r.next());
                // the stale pass is live until the first read sweeps it: its expiry is already the next one due
                assertEquals(3, r.getLong(1));
                assertEquals(0, r.getLong(2));
                assertEquals(newestPass, r.getObject(3));
                assertEquals("pass", r.getString(4));
                assertTrue(r.getString(5).startsWith(newestPass + "," + olderPass + ","));
                assertEquals(now.minus(1, ChronoUnit.DAYS), r.getTimestamp(6).toInstant());
            }
            try (ResultSet r = s.executeQuery("""
                    select passing, failing, latest_result from control_evidence_summary
                    where tenant_id = 'upgraded' and control_id = '%s'""".formatted(b))) {
                assertTrue(r.next());
                assertEquals(0, r.getLong(1));
                assertEquals(1, r.getLong(2));
                assertEquals("fail", r.getString(3));
            }
            // SOC 2 days: a's two accepted current passes of 2026-06-10 and the stale one of 06-07; b's expired pass of 06-09
            try (ResultSet r = s.executeQuery("""
                    select control_id, day, passing, first_collected, last_collected from control_evidence_day
                    where tenant_id = 'upgraded' order by control_id = '%s' desc, day""".formatted(a))) {
                assertTrue(r.next());
                assertEquals("2026-06-07", r.getString(2));
                assertEquals(1, r.getLong(3));
                assertTrue(r.next());
                assertEquals("2026-06-10", r.getString(2));
                assertEquals(2, r.getLong(3));
                assertEquals(day.plus(1, ChronoUnit.HOURS), r.getTimestamp(4).toInstant());
                assertEquals(day.plus(20, ChronoUnit.HOURS), r.getTimestamp(5).toInstant());
                assertTrue(r.next());
                assertEquals(b, r.getObject(1));
                assertEquals("2026-06-09", r.getString(2));
                assertEquals(1, r.getLong(3));
                assertTrue(!r.next());
            }
            try (ResultSet r = s.executeQuery("select count(*) from evidence_state_control where not counts and not reportable")) {
                r.next();
                assertEquals(2, r.getLong(1), "the pending and the superseded record of a; b's expired pass is reportable");
            }
        }
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("drop database " + database);
        }
    }

    private static void insert(Connection c, UUID id, UUID control, String result, String review, Instant collected,
                               Instant validUntil, boolean expired, boolean superseded) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                insert into evidence_state (tenant_id, evidence_id, result, review_status, collected_at, valid_until,
                                            expired, superseded, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)""")) {
            s.setString(1, TENANT);
            s.setObject(2, id);
            s.setString(3, result);
            s.setString(4, review);
            s.setTimestamp(5, Timestamp.from(collected));
            s.setTimestamp(6, Timestamp.from(validUntil));
            s.setBoolean(7, expired);
            s.setBoolean(8, superseded);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into evidence_state_control (tenant_id, evidence_id, control_id) values (?, ?, ?)")) {
            s.setString(1, TENANT);
            s.setObject(2, id);
            s.setObject(3, control);
            s.executeUpdate();
        }
    }
}
