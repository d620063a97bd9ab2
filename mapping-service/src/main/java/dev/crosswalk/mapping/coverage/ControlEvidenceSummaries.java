package dev.crosswalk.mapping.coverage;

import dev.crosswalk.support.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The per-control evidence summaries (migration V5) that coverage and the reports read instead of the
 * records: kept by {@link EvidenceProjection} in the transaction of each evidence event, by moving the
 * record's contribution (its old link rows out, its new ones in), so they always agree with
 * {@code evidence_state}.
 * <ul>
 * <li>{@code control_evidence_summary}, one row per control: counts of its live records (they count for
 * coverage and their {@code valid_until} is after the row's {@code swept_at}), its latest live record,
 * the newest {@link ControlStates#NEWEST} live passing ids and the earliest {@code valid_until} of them
 * all ({@code next_stale_at}). Records go stale without an event: a read first sweeps the rows whose
 * {@code next_stale_at} has passed, so every row it returns is exact as of now.</li>
 * <li>{@code control_evidence_day}, one row per control and UTC day: accepted passing current records
 * collected that day, with the first and last collection time, for the SOC 2 report.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ControlEvidenceSummaries {
    /** What a record counts for in one control's summaries: one link row of {@code evidence_state_control}. */
    record Contribution(UUID control, String result, Instant collectedAt, Instant validUntil, boolean counts,
                        boolean reportable) {
        LocalDate day() {
            return LocalDate.ofInstant(collectedAt, ZoneOffset.UTC);
        }
    }

    /** One control's summary as of a read: its live records are all fresh. */
    public record Summary(UUID controlId, long passing, String latestResult, List<UUID> newestPassing) {
    }

    /** Accepted passing current records of one control collected in a period: how many, first and last. */
    public record PeriodEvidence(long count, Instant first, Instant last) {
    }

    /** A record about to be relinked: its tenant, id and the controls its new state links it to. */
    public record RecordRef(String tenantId, UUID evidenceId, Set<UUID> controls) {
    }

    private static final Contribution NONE = new Contribution(null, "", Instant.EPOCH, Instant.EPOCH, false, false);

    @Inject
    EntityManager entityManager;

    /**
     * Replaces the links of a record whose new state {@code evidence_state} already holds, and moves its
     * contribution in the summaries of every control it left, stayed on or joined.
     */
    public void relink(String tenantId, UUID evidenceId, Set<UUID> controls) {
        Map<UUID, Contribution> before = new HashMap<>();
        for (Contribution c : links(tenantId, evidenceId)) {
            before.put(c.control(), c);
        }
        entityManager.createNativeQuery("delete from evidence_state_control where tenant_id = ?1 and evidence_id = ?2")
                .setParameter(1, tenantId).setParameter(2, evidenceId).executeUpdate();
        for (UUID control : controls) {
            entityManager.createNativeQuery("""
                            insert into evidence_state_control (tenant_id, evidence_id, control_id, result, collected_at,
                                                                valid_until, counts, reportable)
                            select s.tenant_id, s.evidence_id, ?3, s.result, s.collected_at, s.valid_until,
                                   s.review_status = 'accepted' and not s.expired and not s.superseded
                                     and s.result in ('pass', 'fail'),
                                   s.review_status = 'accepted' and not s.superseded and s.result = 'pass'
                            from evidence_state s where s.tenant_id = ?1 and s.evidence_id = ?2""")
                    .setParameter(1, tenantId).setParameter(2, evidenceId).setParameter(3, control).executeUpdate();
        }
        Map<UUID, Contribution> after = new HashMap<>();
        for (Contribution c : links(tenantId, evidenceId)) {
            after.put(c.control(), c);
        }
        // controls in id order, as the read path's sweep locks them: two transactions never wait on each other in a circle
        Set<UUID> touched = new TreeSet<>(before.keySet());
        touched.addAll(after.keySet());
        for (UUID control : touched) {
            Contribution old = before.getOrDefault(control, NONE);
            Contribution now = after.getOrDefault(control, NONE);
            moveCoverage(tenantId, control, old, now);
            moveDays(tenantId, control, old, now);
        }
    }

    /**
     * Locks, ordered by tenant and control, the existing summary rows that relinking these records may
     * move (the controls they are linked to now and those they will be), before any is relinked: a batch
     * relinking many records then never waits in a circle with a read's sweep, which locks in control order.
     */
    public void lockInOrder(List<RecordRef> records) {
        List<String> linkTenants = new ArrayList<>();
        List<UUID> linkControls = new ArrayList<>();
        for (RecordRef record : records) {
            for (UUID control : record.controls()) {
                linkTenants.add(record.tenantId());
                linkControls.add(control);
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("""
                    select s.control_id from control_evidence_summary s
                    where (s.tenant_id, s.control_id) in (
                      select k.t, k.c from unnest(?::varchar[], ?::uuid[]) as k(t, c)
                      union
                      select l.tenant_id, l.control_id from evidence_state_control l
                      join unnest(?::varchar[], ?::uuid[]) as r(t, e) on l.tenant_id = r.t and l.evidence_id = r.e)
                    order by s.tenant_id, s.control_id
                    for update of s""")) {
                lock.setArray(1, connection.createArrayOf("varchar", linkTenants.toArray()));
                lock.setArray(2, connection.createArrayOf("uuid", linkControls.toArray()));
                lock.setArray(3, connection.createArrayOf("varchar", records.stream().map(RecordRef::tenantId).toArray()));
                lock.setArray(4, connection.createArrayOf("uuid", records.stream().map(RecordRef::evidenceId).toArray()));
                lock.executeQuery().close();
            }
        });
    }

    private List<Contribution> links(String tenantId, UUID evidenceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, result, collected_at, valid_until, counts, reportable
                        from evidence_state_control where tenant_id = ?1 and evidence_id = ?2""")
                .setParameter(1, tenantId).setParameter(2, evidenceId).getResultList();
        List<Contribution> links = new ArrayList<>();
        for (Object[] row : rows) {
            links.add(new Contribution((UUID) row[0], (String) row[1], SqlValues.instant(row[2]),
                    SqlValues.instant(row[3]), (Boolean) row[4], (Boolean) row[5]));
        }
        return links;
    }

    /**
     * Takes the old contribution out of the control's counts and puts the new one in, each only when it is
     * live under the row's current {@code swept_at} (read after the row lock is taken, so a concurrent sweep
     * is never counted twice), then re-reads the latest record, the newest passing ids and the next expiry
     * from the links.
     */
    private void moveCoverage(String tenantId, UUID control, Contribution old, Contribution now) {
        if (!old.counts() && !now.counts()) {
            return;
        }
        if (old.counts() && now.counts() && old.result().equals(now.result())
                && old.collectedAt().equals(now.collectedAt()) && old.validUntil().equals(now.validUntil())) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into control_evidence_summary (tenant_id, control_id) values (?1, ?2)
                        on conflict do nothing""")
                .setParameter(1, tenantId).setParameter(2, control).executeUpdate();
        // lock the row first, so the update below reads the links as of after any other writer of this control
        entityManager.createNativeQuery("""
                        select control_id from control_evidence_summary where tenant_id = ?1 and control_id = ?2
                        for update""")
                .setParameter(1, tenantId).setParameter(2, control).getResultList();
        entityManager.createNativeQuery("""
                        update control_evidence_summary s set
                          passing = s.passing
                            - case when ?3 and ?4 = 'pass' and ?5 > s.swept_at then 1 else 0 end
                            + case when ?6 and ?7 = 'pass' and ?8 > s.swept_at then 1 else 0 end,
                          failing = s.failing
                            - case when ?3 and ?4 = 'fail' and ?5 > s.swept_at then 1 else 0 end
                            + case when ?6 and ?7 = 'fail' and ?8 > s.swept_at then 1 else 0 end,
                          (latest_evidence_id, latest_result, latest_collected_at) = (
                            select c.evidence_id, c.result, c.collected_at from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > s.swept_at
                            order by c.collected_at desc, c.evidence_id limit 1),
                          newest_passing = array(
                            select c.evidence_id from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > s.swept_at and c.result = 'pass'
                            order by c.collected_at desc, c.evidence_id limit ?9),
                          next_stale_at = (
                            select min(c.valid_until) from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > s.swept_at)
                        where s.tenant_id = ?1 and s.control_id = ?2""")
                .setParameter(1, tenantId).setParameter(2, control)
                .setParameter(3, old.counts()).setParameter(4, old.result()).setParameter(5, Timestamp.from(old.validUntil()))
                .setParameter(6, now.counts()).setParameter(7, now.result()).setParameter(8, Timestamp.from(now.validUntil()))
                .setParameter(9, ControlStates.NEWEST)
                .executeUpdate();
    }

    /** Moves the record out of its old collection day and into its new one (the same day when unchanged). */
    private void moveDays(String tenantId, UUID control, Contribution old, Contribution now) {
        if (old.reportable() && now.reportable() && old.collectedAt().equals(now.collectedAt())) {
            return;
        }
        if (old.reportable()) {
            moveDay(tenantId, control, old, -1);
        }
        if (now.reportable()) {
            moveDay(tenantId, control, now, 1);
        }
    }

    private void moveDay(String tenantId, UUID control, Contribution record, int delta) {
        LocalDate day = record.day();
        Timestamp start = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        entityManager.createNativeQuery("""
                        insert into control_evidence_day as d (tenant_id, control_id, day, passing, first_collected,
                                                               last_collected)
                        values (?1, ?2, ?3, ?4, ?5, ?5)
                        on conflict (tenant_id, control_id, day) do update set passing = d.passing + excluded.passing""")
                .setParameter(1, tenantId).setParameter(2, control).setParameter(3, java.sql.Date.valueOf(day))
                .setParameter(4, delta).setParameter(5, Timestamp.from(record.collectedAt()))
                .executeUpdate();
        // first and last are re-read from the links (two index probes), which already hold the new state
        entityManager.createNativeQuery("""
                        update control_evidence_day d set (first_collected, last_collected) = (
                          select coalesce(min(c.collected_at), d.first_collected), coalesce(max(c.collected_at), d.last_collected)
                          from evidence_state_control c
                          where c.tenant_id = d.tenant_id and c.control_id = d.control_id and c.reportable
                            and c.collected_at >= ?4 and c.collected_at < ?5)
                        where d.tenant_id = ?1 and d.control_id = ?2 and d.day = ?3""")
                .setParameter(1, tenantId).setParameter(2, control).setParameter(3, java.sql.Date.valueOf(day))
                .setParameter(4, start).setParameter(5, end)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        delete from control_evidence_day where tenant_id = ?1 and control_id = ?2 and day = ?3
                          and passing <= 0""")
                .setParameter(1, tenantId).setParameter(2, control).setParameter(3, java.sql.Date.valueOf(day))
                .executeUpdate();
    }

    /**
     * Every control summary of the tenant, exact as of {@code now}: rows with a live record that has gone
     * stale since their last sweep are swept first (locked in control order, then re-counted from the
     * links in a later statement, so a projection transaction that committed meanwhile is seen).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Summary> current(String tenantId, Instant now) {
        Timestamp at = Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                        select control_id from control_evidence_summary
                        where tenant_id = ?1 and next_stale_at <= ?2 order by control_id for update""")
                .setParameter(1, tenantId).setParameter(2, at).getResultList();
        if (!due.isEmpty()) {
            sweep(tenantId, due, at);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, passing, latest_result, array_to_string(newest_passing, ',')
                        from control_evidence_summary where tenant_id = ?1 and latest_result is not null""")
                .setParameter(1, tenantId).getResultList();
        List<Summary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String ids = (String) row[3];
            List<UUID> newest = ids == null || ids.isEmpty() ? List.of()
                    : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
            summaries.add(new Summary((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], newest));
        }
        return summaries;
    }

    private void sweep(String tenantId, List<UUID> controls, Timestamp now) {
        entityManager.createNativeQuery("""
                        update control_evidence_summary s set
                          passing = s.passing - (
                            select count(*) from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.result = 'pass' and c.valid_until > s.swept_at and c.valid_until <= ?3),
                          failing = s.failing - (
                            select count(*) from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.result = 'fail' and c.valid_until > s.swept_at and c.valid_until <= ?3),
                          swept_at = ?3,
                          (latest_evidence_id, latest_result, latest_collected_at) = (
                            select c.evidence_id, c.result, c.collected_at from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > ?3
                            order by c.collected_at desc, c.evidence_id limit 1),
                          newest_passing = array(
                            select c.evidence_id from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > ?3 and c.result = 'pass'
                            order by c.collected_at desc, c.evidence_id limit ?4),
                          next_stale_at = (
                            select min(c.valid_until) from evidence_state_control c
                            where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.counts
                              and c.valid_until > ?3)
                        where s.tenant_id = ?1 and s.control_id in (?2) and s.swept_at < ?3""")
                .setParameter(1, tenantId).setParameter(2, controls).setParameter(3, now)
                .setParameter(4, ControlStates.NEWEST)
                .executeUpdate();
    }

    /** Accepted passing current records per control collected in [from, to] (whole UTC days), from the day rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, PeriodEvidence> inPeriod(String tenantId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, sum(passing), min(first_collected), max(last_collected)
                        from control_evidence_day
                        where tenant_id = ?1 and day >= ?2 and day <= ?3
                        group by control_id""")
                .setParameter(1, tenantId)
                .setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to))
                .getResultList();
        Map<UUID, PeriodEvidence> byControl = new HashMap<>();
        for (Object[] row : rows) {
            byControl.put((UUID) row[0], new PeriodEvidence(((Number) row[1]).longValue(), SqlValues.instant(row[2]),
                    SqlValues.instant(row[3])));
        }
        return byControl;
    }
}
