package dev.crosswalk.mapping.projection;

import dev.crosswalk.support.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The per-control evidence summaries (migration V5) that coverage and the reports read instead of the
 * records, and their read side. {@link EvidenceRelinker} keeps them in the transaction of the evidence
 * events, by moving each record's contribution (its old link rows out, its new ones in), so they always
 * agree with {@code evidence_state}.
 * <ul>
 * <li>{@code control_evidence_summary}, one row per control: counts of its live records (they count for
 * coverage and their {@code valid_until} is after the row's {@code swept_at}), its latest live record,
 * the newest {@link #NEWEST} live passing ids and the earliest {@code valid_until} of them
 * all ({@code next_stale_at}). Records go stale without an event: a read first sweeps the rows whose
 * {@code next_stale_at} has passed, so every row it returns is exact as of now.</li>
 * <li>{@code control_evidence_day}, one row per control and UTC day: accepted passing current records
 * collected that day, with the first and last collection time, for the SOC 2 report ({@link #days}).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ControlEvidenceSummaries {
    /**
     * How many of a control's newest live passing ids a summary row names (all of them are counted); the
     * rebuild function of migration V10 keeps the same number.
     */
    public static final int NEWEST = 20;

    /** One control's summary as of a read: its live records are all fresh. */
    public record Summary(UUID controlId, long passing, String latestResult, Instant latestValidUntil,
                          List<UUID> newestPassing) {
    }

    /** Accepted passing current records of one control collected in a period (or a day): how many, first and last. */
    public record PeriodEvidence(long count, Instant first, Instant last) {
        /** Several days (or controls) together; no parts is none, first and last null. */
        public static PeriodEvidence total(java.util.Collection<PeriodEvidence> parts) {
            return new PeriodEvidence(parts.stream().mapToLong(PeriodEvidence::count).sum(),
                    parts.stream().map(PeriodEvidence::first).min(Instant::compareTo).orElse(null),
                    parts.stream().map(PeriodEvidence::last).max(Instant::compareTo).orElse(null));
        }
    }

    @Inject
    EntityManager entityManager;

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
                        select control_id, passing, latest_result, array_to_string(newest_passing, ','),
                               latest_valid_until
                        from control_evidence_summary where tenant_id = ?1 and latest_result is not null""")
                .setParameter(1, tenantId).getResultList();
        List<Summary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String ids = (String) row[3];
            List<UUID> newest = ids == null || ids.isEmpty() ? List.of()
                    : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
            summaries.add(new Summary((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2],
                    SqlValues.instant(row[4]), newest));
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
                          (latest_evidence_id, latest_result, latest_collected_at, latest_valid_until) = (
                            select c.evidence_id, c.result, c.collected_at, c.valid_until from evidence_state_control c
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
                .setParameter(4, NEWEST)
                .executeUpdate();
    }

    /**
     * The records linked to more than one control that are passing evidence as of {@code now} (they decide
     * coverage, pass, and are fresh), by control. Coverage counts each record once per requirement, and these
     * are the only ones two controls can share ({@link SharedRecords}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharedRecords sharedPassing(String tenantId, Instant now) {
        return shared("counts and result = 'pass' and valid_until > ?2", tenantId, Timestamp.from(now), null);
    }

    /** The records linked to more than one control that evidence operation in [from, to), by control. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharedRecords sharedEvidencing(String tenantId, Instant from, Instant to) {
        return shared("reportable and collected_at >= ?2 and collected_at < ?3", tenantId, Timestamp.from(from),
                Timestamp.from(to));
    }

    private SharedRecords shared(String condition, String tenantId, Timestamp a, Timestamp b) {
        var query = entityManager.createNativeQuery(
                        "select evidence_id, control_id from evidence_state_control where tenant_id = ?1 and shared and "
                                + condition)
                .setParameter(1, tenantId).setParameter(2, a);
        if (b != null) {
            query.setParameter(3, b);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<UUID>> recordsOf = new HashMap<>();
        rows.forEach(row -> recordsOf.computeIfAbsent((UUID) row[1], k -> new ArrayList<>()).add((UUID) row[0]));
        return new SharedRecords(recordsOf);
    }

    /**
     * Per control, its days in [from, to] (whole UTC days) with records that evidence operation, in day order:
     * what the SOC 2 report cuts into the occurrences each control's frequency implies.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, java.util.NavigableMap<LocalDate, PeriodEvidence>> days(String tenantId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, day, passing, first_collected, last_collected from control_evidence_day
                        where tenant_id = ?1 and day >= ?2 and day <= ?3""")
                .setParameter(1, tenantId)
                .setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to))
                .getResultList();
        Map<UUID, java.util.NavigableMap<LocalDate, PeriodEvidence>> byControl = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            byControl.computeIfAbsent((UUID) row[0], c -> new java.util.TreeMap<>()).put(day,
                    new PeriodEvidence(((Number) row[2]).longValue(), SqlValues.instant(row[3]), SqlValues.instant(row[4])));
        }
        return byControl;
    }
}
