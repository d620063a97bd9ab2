package dev.crosswalk.mapping.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The write side of the per-control summaries ({@link ControlEvidenceSummaries}): relinks a batch of
 * records whose new state {@code evidence_state} already holds, in the same few statements whatever the
 * batch's size. Their old link rows ({@code evidence_state_control}) go out and their new ones in, and
 * every control and day summary they touch moves by the sum of the batch's changes: a record's old
 * contribution out and its new one in, each counted only when it is live under the row's {@code swept_at}
 * (read under the row lock, so a concurrent sweep is never counted twice); then the control's latest
 * record, newest passing ids and next expiry, and the day's first and last collection, are re-read from
 * the links.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceRelinker {
    /** A record to relink: its tenant, id and the controls its new state links it to. */
    public record RecordRef(String tenantId, UUID evidenceId, Set<UUID> controls) {
    }

    /** One link row: what the record counts for in one control's summaries. */
    private record Link(String result, Instant collectedAt, Instant validUntil, boolean counts, boolean reportable) {
        LocalDate day() {
            return LocalDate.ofInstant(collectedAt, ZoneOffset.UTC);
        }
    }

    private record LinkKey(String tenantId, UUID evidenceId, UUID control) {
    }

    private record CoverageMove(String tenantId, UUID control, Link old, Link now) {
    }

    private record DayMove(String tenantId, UUID control, LocalDate day, int delta, Instant collectedAt) {
    }

    private static final Link NONE = new Link("", Instant.EPOCH, Instant.EPOCH, false, false);

    /**
     * The collection times of a day row's reportable records. Its first and last are read as two index probes
     * (order by ... limit 1): a {@code min} and {@code max} over the day would scan every record of the day.
     */
    private static final String DAY_RECORDS = """
            select c.collected_at from evidence_state_control c
            where c.tenant_id = d.tenant_id and c.control_id = d.control_id and c.reportable
              and c.collected_at >= (d.day::timestamp at time zone 'UTC')
              and c.collected_at < ((d.day + 1)::timestamp at time zone 'UTC')""";

    @Inject
    EntityManager entityManager;

    public void relinkAll(List<RecordRef> records) {
        if (!records.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> relinkAll(connection, records));
        }
    }

    private void relinkAll(Connection connection, List<RecordRef> records) throws SQLException {
        List<LinkKey> newLinks = new ArrayList<>();
        records.forEach(r -> r.controls().forEach(c -> newLinks.add(new LinkKey(r.tenantId(), r.evidenceId(), c))));
        lockSummaries(connection, records, newLinks);
        Map<LinkKey, Link> before = links(connection, records);
        replaceLinks(connection, records, newLinks);
        Map<LinkKey, Link> after = links(connection, records);
        Set<LinkKey> touched = new LinkedHashSet<>(before.keySet());
        touched.addAll(after.keySet());
        List<CoverageMove> coverage = new ArrayList<>();
        List<DayMove> days = new ArrayList<>();
        for (LinkKey key : touched) {
            Link old = before.getOrDefault(key, NONE);
            Link now = after.getOrDefault(key, NONE);
            if (movesCoverage(old, now)) {
                coverage.add(new CoverageMove(key.tenantId(), key.control(), old, now));
            }
            if (!(old.reportable() && now.reportable() && old.collectedAt().equals(now.collectedAt()))) {
                if (old.reportable()) {
                    days.add(new DayMove(key.tenantId(), key.control(), old.day(), -1, old.collectedAt()));
                }
                if (now.reportable()) {
                    days.add(new DayMove(key.tenantId(), key.control(), now.day(), 1, now.collectedAt()));
                }
            }
        }
        moveCoverage(connection, coverage);
        moveDays(connection, days);
    }

    private static boolean movesCoverage(Link old, Link now) {
        if (!old.counts() && !now.counts()) {
            return false;
        }
        return !(old.counts() && now.counts() && old.result().equals(now.result())
                && old.collectedAt().equals(now.collectedAt()) && Objects.equals(old.validUntil(), now.validUntil()));
    }

    /**
     * Creates the missing summary rows of every control the records are linked to now or will be, then
     * locks them all ordered by tenant and control: a batch then never waits in a circle with a read's
     * sweep, which locks in control order too.
     */
    private void lockSummaries(Connection connection, List<RecordRef> records, List<LinkKey> newLinks) throws SQLException {
        String touched = """
                select k.t, k.c from unnest(?::varchar[], ?::uuid[]) as k(t, c)
                union
                select l.tenant_id, l.control_id from evidence_state_control l
                join unnest(?::varchar[], ?::uuid[]) as r(t, e) on l.tenant_id = r.t and l.evidence_id = r.e""";
        try (PreparedStatement create = connection.prepareStatement("""
                insert into control_evidence_summary (tenant_id, control_id)
                select t, c from (%s) touched(t, c) order by t, c
                on conflict do nothing""".formatted(touched));
             PreparedStatement lock = connection.prepareStatement("""
                     select s.control_id from control_evidence_summary s
                     where (s.tenant_id, s.control_id) in (%s)
                     order by s.tenant_id, s.control_id
                     for update of s""".formatted(touched))) {
            for (PreparedStatement statement : List.of(create, lock)) {
                statement.setArray(1, array(connection, "varchar", newLinks, LinkKey::tenantId));
                statement.setArray(2, array(connection, "uuid", newLinks, LinkKey::control));
                statement.setArray(3, array(connection, "varchar", records, RecordRef::tenantId));
                statement.setArray(4, array(connection, "uuid", records, RecordRef::evidenceId));
                statement.execute();
            }
        }
    }

    private Map<LinkKey, Link> links(Connection connection, List<RecordRef> records) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select c.tenant_id, c.evidence_id, c.control_id, c.result, c.collected_at, c.valid_until, c.counts,
                       c.reportable
                from evidence_state_control c
                join unnest(?::varchar[], ?::uuid[]) as r(t, e) on c.tenant_id = r.t and c.evidence_id = r.e""")) {
            select.setArray(1, array(connection, "varchar", records, RecordRef::tenantId));
            select.setArray(2, array(connection, "uuid", records, RecordRef::evidenceId));
            Map<LinkKey, Link> links = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.put(new LinkKey(rows.getString(1), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class)),
                            new Link(rows.getString(4), instant(rows, 5), instant(rows, 6), rows.getBoolean(7),
                                    rows.getBoolean(8)));
                }
            }
            return links;
        }
    }

    private void replaceLinks(Connection connection, List<RecordRef> records, List<LinkKey> newLinks) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from evidence_state_control c using unnest(?::varchar[], ?::uuid[]) as r(t, e)
                where c.tenant_id = r.t and c.evidence_id = r.e""");
             PreparedStatement insert = connection.prepareStatement("""
                     insert into evidence_state_control (tenant_id, evidence_id, control_id, result, collected_at,
                                                         valid_until, counts, reportable, shared)
                     select s.tenant_id, s.evidence_id, k.c, s.result, s.collected_at, s.valid_until, s.counts,
                            s.reportable, count(*) over (partition by k.t, k.e) > 1
                     from unnest(?::varchar[], ?::uuid[], ?::uuid[]) as k(t, e, c)
                     join evidence_state s on s.tenant_id = k.t and s.evidence_id = k.e""")) {
            delete.setArray(1, array(connection, "varchar", records, RecordRef::tenantId));
            delete.setArray(2, array(connection, "uuid", records, RecordRef::evidenceId));
            delete.executeUpdate();
            insert.setArray(1, array(connection, "varchar", newLinks, LinkKey::tenantId));
            insert.setArray(2, array(connection, "uuid", newLinks, LinkKey::evidenceId));
            insert.setArray(3, array(connection, "uuid", newLinks, LinkKey::control));
            insert.executeUpdate();
        }
    }

    /** One statement for all the batch's coverage moves: counts by their sum per control, the rest re-read. */
    private void moveCoverage(Connection connection, List<CoverageMove> moves) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update control_evidence_summary s set
                  passing = s.passing + d.passing,
                  failing = s.failing + d.failing,
                  (latest_evidence_id, latest_result, latest_collected_at, latest_valid_until) = (
                    select c.evidence_id, c.result, c.collected_at, c.valid_until from evidence_state_control c
                    where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                      and c.valid_until > s.swept_at
                    order by c.collected_at desc, c.evidence_id limit 1),
                  newest_passing = array(
                    select c.evidence_id from evidence_state_control c
                    where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                      and c.valid_until > s.swept_at and c.result = 'pass'
                    order by c.collected_at desc, c.evidence_id limit ?),
                  next_stale_at = (
                    select min(c.valid_until) from evidence_state_control c
                    where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                      and c.valid_until > s.swept_at)
                from (
                  select m.t, m.c,
                    sum(case when m.new_counts and m.new_result = 'pass' and m.new_valid > ss.swept_at then 1 else 0 end
                      - case when m.old_counts and m.old_result = 'pass' and m.old_valid > ss.swept_at then 1 else 0 end)
                      as passing,
                    sum(case when m.new_counts and m.new_result = 'fail' and m.new_valid > ss.swept_at then 1 else 0 end
                      - case when m.old_counts and m.old_result = 'fail' and m.old_valid > ss.swept_at then 1 else 0 end)
                      as failing
                  from unnest(?::varchar[], ?::uuid[], ?::boolean[], ?::varchar[], ?::timestamptz[], ?::boolean[],
                              ?::varchar[], ?::timestamptz[])
                       as m(t, c, old_counts, old_result, old_valid, new_counts, new_result, new_valid)
                  join control_evidence_summary ss on ss.tenant_id = m.t and ss.control_id = m.c
                  group by m.t, m.c) d
                where s.tenant_id = d.t and s.control_id = d.c""")) {
            update.setInt(1, ControlEvidenceSummaries.NEWEST);
            update.setArray(2, array(connection, "varchar", moves, CoverageMove::tenantId));
            update.setArray(3, array(connection, "uuid", moves, CoverageMove::control));
            update.setArray(4, array(connection, "bool", moves, m -> m.old().counts()));
            update.setArray(5, array(connection, "varchar", moves, m -> m.old().result()));
            update.setArray(6, array(connection, "varchar", moves, m -> timestamp(m.old().validUntil())));
            update.setArray(7, array(connection, "bool", moves, m -> m.now().counts()));
            update.setArray(8, array(connection, "varchar", moves, m -> m.now().result()));
            update.setArray(9, array(connection, "varchar", moves, m -> timestamp(m.now().validUntil())));
            update.executeUpdate();
        }
    }

    /** Three statements for all the batch's day moves: counts by their sum per day, first and last re-read, empty days removed. */
    private void moveDays(Connection connection, List<DayMove> moves) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        String days = "select * from unnest(?::varchar[], ?::uuid[], ?::date[])";
        try (PreparedStatement count = connection.prepareStatement("""
                insert into control_evidence_day as d (tenant_id, control_id, day, passing, first_collected,
                                                       last_collected)
                select m.t, m.c, m.day, sum(m.delta), min(m.at), max(m.at)
                from unnest(?::varchar[], ?::uuid[], ?::date[], ?::int[], ?::timestamptz[]) as m(t, c, day, delta, at)
                group by m.t, m.c, m.day
                on conflict (tenant_id, control_id, day) do update set passing = d.passing + excluded.passing""");
             PreparedStatement reread = connection.prepareStatement("""
                     update control_evidence_day d set
                       first_collected = coalesce((%s order by c.collected_at limit 1), d.first_collected),
                       last_collected = coalesce((%s order by c.collected_at desc limit 1), d.last_collected)
                     where (d.tenant_id, d.control_id, d.day) in (%s)""".formatted(DAY_RECORDS, DAY_RECORDS, days));
             PreparedStatement removeEmpty = connection.prepareStatement("""
                     delete from control_evidence_day d
                     where (d.tenant_id, d.control_id, d.day) in (%s) and d.passing <= 0""".formatted(days))) {
            count.setArray(1, array(connection, "varchar", moves, DayMove::tenantId));
            count.setArray(2, array(connection, "uuid", moves, DayMove::control));
            count.setArray(3, array(connection, "varchar", moves, m -> m.day().toString()));
            count.setArray(4, array(connection, "int4", moves, DayMove::delta));
            count.setArray(5, array(connection, "varchar", moves, m -> timestamp(m.collectedAt())));
            count.executeUpdate();
            for (PreparedStatement statement : List.of(reread, removeEmpty)) {
                statement.setArray(1, array(connection, "varchar", moves, DayMove::tenantId));
                statement.setArray(2, array(connection, "uuid", moves, DayMove::control));
                statement.setArray(3, array(connection, "varchar", moves, m -> m.day().toString()));
                statement.executeUpdate();
            }
        }
    }

    private static <T> java.sql.Array array(Connection connection, String type, List<T> items, Function<T, Object> value)
            throws SQLException {
        return connection.createArrayOf(type, items.stream().map(value).toArray());
    }

    /** Times and days go as ISO text, cast in SQL: the driver has no array encoder for their Java types. */
    private static String timestamp(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
