package dev.crosswalk.mapping.projection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlEventData;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceEventData;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.mapping.coverage.ControlState;
import dev.crosswalk.mapping.coverage.ControlStates;
import dev.crosswalk.mapping.projection.ControlEvidenceSummaries.PeriodEvidence;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.persistence.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-control evidence summaries the projection keeps: every change of a record (review, correction,
 * expiry, a move between controls, a duplicate) moves its contribution, records go stale by time alone,
 * and the SOC 2 day rows count exactly the whole days of a period. The summaries are checked against the
 * records themselves (what the reports computed before they existed) and against a rebuild from scratch.
 */
@QuarkusTest
class EvidenceSummaryTest {
    @Inject
    EvidenceProjection projection;

    @Inject
    ControlDirectory directory;

    @Inject
    ControlStates states;

    @Inject
    ControlEvidenceSummaries summaries;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    private final String tenant = "sum-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** One version of an evidence record, as evidence-service publishes it. */
    private record Rec(UUID id, List<UUID> controls, String result, Instant collectedAt, Instant validUntil, String review,
                       boolean expired, boolean superseded, long version) {
        Rec with(String review, long version) {
            return new Rec(id, controls, result, collectedAt, validUntil, review, expired, superseded, version);
        }
    }

    private UUID control(String ref) {
        UUID id = UUID.randomUUID();
        directory.apply(new IncomingEvent(UUID.randomUUID().toString(), CatalogEventTypes.CONTROL_CREATED, tenant,
                id.toString(), objectMapper.valueToTree(new ControlEventData(id, tenant, ref, "n", "o", ControlFrequency.daily, "active", 0, null))));
        return id;
    }

    private Rec record(UUID control, String result, Instant collected, Instant validUntil) {
        return new Rec(UUID.randomUUID(), List.of(control), result, collected, validUntil, "accepted", false, false, 1);
    }

    /** The record's event under the given event id (a redelivery reuses the id). */
    private IncomingEvent event(Rec r, String eventId) {
        EvidenceEventData data = new EvidenceEventData(r.id(), tenant,
                r.controls().stream().map(c -> new EvidenceEventData.ControlRef(c, "ref")).toList(), "attestation",
                EvidenceResult.valueOf(r.result()), r.collectedAt(), r.validUntil(), ReviewStatus.valueOf(r.review()), r.expired(), null,
                r.superseded() ? UUID.randomUUID() : null, null, r.version(), null, null);
        return new IncomingEvent(eventId, EvidenceEventTypes.REVIEWED, tenant, r.id().toString(),
                objectMapper.valueToTree(data));
    }

    private void deliver(Rec r, String eventId) {
        projection.apply(event(r, eventId));
    }

    private void deliver(Rec r) {
        deliver(r, UUID.randomUUID().toString());
    }

    /** Each control's accepted passing current records collected in [from, to], from the day rows. */
    private Map<UUID, PeriodEvidence> inPeriod(String tenant, LocalDate from, LocalDate to) {
        Map<UUID, PeriodEvidence> byControl = new HashMap<>();
        summaries.days(tenant, from, to).forEach((control, days) -> byControl.put(control, PeriodEvidence.total(days.values())));
        return byControl;
    }

    private ControlState state(UUID control) {
        return states.of(tenant).controls().get(control);
    }

    @Test
    void aRecordsReviewCorrectionAndRejectionMoveTheControlsSummaryOnceEach() {
        UUID control = control("SUM-01");
        Rec pass = record(control, "pass", now.minus(2, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS))
                .with("pending", 0);
        deliver(pass);
        assertEquals(ControlState.Operation.unevidenced, state(control).operation(), "a pending record does not count");

        Rec accepted = pass.with("accepted", 1);
        String eventId = UUID.randomUUID().toString();
        deliver(accepted, eventId);
        deliver(accepted, eventId); // the same event delivered twice
        deliver(accepted); // the same version under another event id
        ControlState operating = state(control);
        assertEquals(ControlState.Operation.operating, operating.operation());
        assertEquals(1, operating.evidenceCount());
        assertEquals(List.of(pass.id()), operating.evidence());

        Rec newerPass = record(control, "pass", now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        deliver(newerPass);
        assertEquals(2, state(control).evidenceCount());
        assertEquals(List.of(newerPass.id(), pass.id()), state(control).evidence(), "newest first");

        Rec fail = record(control, "fail", now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));
        deliver(fail);
        assertEquals(ControlState.Operation.failing, state(control).operation(), "the latest record failed");
        assertEquals(0, state(control).evidenceCount());

        deliver(new Rec(fail.id(), fail.controls(), "fail", fail.collectedAt(), fail.validUntil(), "accepted", false,
                true, 2));
        assertEquals(ControlState.Operation.operating, state(control).operation(), "the failure was superseded");
        assertEquals(2, state(control).evidenceCount());

        deliver(newerPass.with("rejected", 2));
        deliver(newerPass.with("accepted", 1)); // an older version arriving late changes nothing
        assertEquals(1, state(control).evidenceCount());
        assertEquals(List.of(pass.id()), state(control).evidence());

        deliver(new Rec(pass.id(), pass.controls(), "pass", pass.collectedAt(), pass.validUntil(), "accepted", true,
                false, 2));
        assertEquals(ControlState.Operation.unevidenced, state(control).operation(), "expired by its event");
        assertEquals(0, state(control).evidenceCount());
        assertMatchesTheRecords();
    }

    @Test
    void aRecordMovedBetweenControlsLeavesTheOldOneAndJoinsTheNew() {
        UUID a = control("MOV-A");
        UUID b = control("MOV-B");
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3);
        Instant collected = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Rec rec = record(a, "pass", collected, now.plus(30, ChronoUnit.DAYS));
        deliver(rec);
        assertEquals(1, state(a).evidenceCount());
        assertEquals(1, inPeriod(tenant, day, day).get(a).count());

        deliver(new Rec(rec.id(), List.of(b), "pass", collected, rec.validUntil(), "accepted", false, false, 2));
        assertEquals(ControlState.Operation.unevidenced, state(a).operation());
        assertEquals(1, state(b).evidenceCount());
        assertNull(inPeriod(tenant, day, day).get(a), "no day row is left for the old control");
        assertEquals(1, inPeriod(tenant, day, day).get(b).count());

        deliver(new Rec(rec.id(), List.of(a, b, a), "pass", collected, rec.validUntil(), "accepted", false, false, 3));
        assertEquals(1, state(a).evidenceCount(), "listed twice, counted once");
        assertEquals(1, state(b).evidenceCount());
        assertEquals(1, inPeriod(tenant, day, day).get(a).count());
        assertMatchesTheRecords();
    }

    @Test
    void recordsGoStaleByTimeWithoutAnEvent() {
        UUID control = control("STALE-01");
        Instant soon = Instant.now().plusSeconds(3);
        Rec lasting = record(control, "pass", now.minus(3, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        Rec shortPass = record(control, "pass", now.minus(2, ChronoUnit.DAYS), soon);
        Rec shortFail = record(control, "fail", now.minus(1, ChronoUnit.DAYS), soon);
        deliver(lasting);
        deliver(shortPass);
        assertEquals(2, state(control).evidenceCount());
        assertEquals(List.of(shortPass.id(), lasting.id()), state(control).evidence());
        deliver(shortFail);
        assertEquals(ControlState.Operation.failing, state(control).operation());

        // in this thread: reading the states needs the test's request context
        await("the stale failure no longer decides").pollInSameThread().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> state(control).operation() == ControlState.Operation.operating);
        ControlState later = state(control);
        assertEquals(1, later.evidenceCount(), "the stale pass no longer counts");
        assertEquals(List.of(lasting.id()), later.evidence());
        // a record that is already stale when its event arrives never counts; a later change still moves it right
        Rec late = record(control, "pass", now.minus(4, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS));
        deliver(late);
        assertEquals(1, state(control).evidenceCount());
        deliver(new Rec(late.id(), late.controls(), "pass", late.collectedAt(), now.plus(1, ChronoUnit.DAYS), "accepted",
                false, false, 2));
        assertEquals(2, state(control).evidenceCount(), "its validity was extended");
        deliver(shortPass.with("rejected", 2)); // already swept out: its removal must not count twice
        assertEquals(2, state(control).evidenceCount());
        assertMatchesTheRecords();
    }

    @Test
    void theSoc2PeriodCountsWholeUtcDaysExactly() {
        UUID control = control("SOC-01");
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 8, 31);
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant valid = now.plus(30, ChronoUnit.DAYS);
        Rec first = record(control, "pass", start, valid); // first instant of the period
        deliver(first);
        deliver(record(control, "pass", start.minusMillis(1), valid)); // the day before
        deliver(record(control, "pass", end.minusMillis(1), valid)); // last instant of the period
        deliver(record(control, "pass", end, valid)); // the day after
        deliver(record(control, "fail", start.plus(10, ChronoUnit.DAYS), valid)); // failures are not counted
        deliver(record(control, "pass", start.plus(11, ChronoUnit.DAYS), valid).with("rejected", 1));
        deliver(new Rec(UUID.randomUUID(), List.of(control), "pass", start.plus(11, ChronoUnit.DAYS), valid, "accepted",
                false, true, 1)); // superseded by a correction
        Rec expired = new Rec(UUID.randomUUID(), List.of(control), "pass", start.plus(12, ChronoUnit.DAYS),
                start.plus(20, ChronoUnit.DAYS), "accepted", true, false, 1);
        deliver(expired); // counted: it was fresh in the period, even if it is not today
        Rec moved = record(control, "pass", start.plus(40, ChronoUnit.DAYS), valid);
        deliver(moved);

        PeriodEvidence period = inPeriod(tenant, from, to).get(control);
        assertEquals(4, period.count());
        assertEquals(start, period.first());
        assertEquals(end.minusMillis(1), period.last());

        // a correction moves one record's collection time out of the period; a rejection takes the first one out
        deliver(new Rec(moved.id(), moved.controls(), "pass", end.plus(5, ChronoUnit.DAYS), valid, "accepted", false,
                false, 2));
        deliver(first.with("rejected", 2));
        PeriodEvidence after = inPeriod(tenant, from, to).get(control);
        assertEquals(2, after.count());
        assertEquals(expired.collectedAt(), after.first());
        assertEquals(end.minusMillis(1), after.last());
        assertEquals(1, inPeriod(tenant, from.minusDays(1), from.minusDays(1)).get(control).count());
        assertEquals(2, inPeriod(tenant, to.plusDays(1), to.plusDays(10)).get(control).count());
        assertMatchesTheRecords();
    }

    /**
     * Delivered one event at a time, or in batches of up to 25 as the consumer gets them from a poll (a
     * batch applies only the newest version of each record, and may hold an event and its duplicate).
     */
    @ParameterizedTest(name = "batches of up to {0}")
    @ValueSource(ints = {1, 25})
    void aLongRandomStreamLeavesTheSummariesEqualToTheRecordsAndToARebuild(int largestBatch) {
        Random random = new Random(42);
        List<UUID> controls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            controls.add(control("RND-" + i));
        }
        List<Rec> latest = new ArrayList<>();
        String[] results = {"pass", "pass", "pass", "fail", "informational"};
        String[] reviews = {"accepted", "accepted", "accepted", "pending", "rejected"};
        List<IncomingEvent> batch = new ArrayList<>();
        for (int step = 0; step < 250; step++) {
            Rec next;
            if (latest.size() < 8 || random.nextInt(3) == 0) {
                next = new Rec(UUID.randomUUID(), List.of(controls.get(random.nextInt(4))), results[random.nextInt(5)],
                        now.minus(random.nextInt(90 * 24), ChronoUnit.HOURS),
                        now.plus(random.nextInt(60 * 24) - 20 * 24, ChronoUnit.HOURS), reviews[random.nextInt(5)],
                        false, false, 1);
                latest.add(next);
            } else {
                int which = random.nextInt(latest.size());
                Rec r = latest.get(which);
                List<UUID> on = random.nextInt(4) == 0
                        ? List.of(controls.get(random.nextInt(4)), controls.get(random.nextInt(4))) : r.controls();
                next = new Rec(r.id(), on, random.nextInt(4) == 0 ? results[random.nextInt(5)] : r.result(),
                        random.nextInt(4) == 0 ? now.minus(random.nextInt(90 * 24), ChronoUnit.HOURS) : r.collectedAt(),
                        random.nextInt(4) == 0 ? now.plus(random.nextInt(60 * 24) - 20 * 24, ChronoUnit.HOURS) : r.validUntil(),
                        reviews[random.nextInt(5)], random.nextInt(10) == 0, random.nextInt(10) == 0,
                        r.version() + (random.nextInt(5) == 0 ? 0 : 1));
                latest.set(which, next);
            }
            String eventId = UUID.randomUUID().toString();
            batch.add(event(next, eventId));
            if (random.nextInt(10) == 0) {
                batch.add(event(next, eventId)); // a duplicate
            }
            if (batch.size() >= 1 + random.nextInt(largestBatch)) {
                projection.applyAll(batch);
                batch.clear();
            }
            if (random.nextInt(15) == 0) {
                states.of(tenant); // reads in between sweep stale rows
            }
        }
        projection.applyAll(batch);
        for (Rec r : latest) {
            Object[] stored = (Object[]) entityManager.createNativeQuery("""
                            select result, review_status, version from evidence_state where tenant_id = ?1 and evidence_id = ?2""")
                    .setParameter(1, tenant).setParameter(2, r.id()).getSingleResult();
            assertEquals(List.of(r.result(), r.review(), r.version()),
                    List.of(stored[0], stored[1], ((Number) stored[2]).longValue()), "the last version delivered wins");
        }
        assertMatchesTheRecords();
        // the projection's summaries equal a rebuild of them from the records
        Map<UUID, List<Object>> kept = summaryRows();
        List<List<Object>> keptDays = dayRows();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "select count(*) from (select rebuild_evidence_summaries(?1)) rebuilt")
                .setParameter(1, tenant).getSingleResult());
        assertEquals(summaryRows(), kept);
        assertEquals(dayRows(), keptDays);
        assertFalse(keptDays.isEmpty());
        assertTrue(kept.size() >= 2, "several controls have live records");
    }

    /** Summary rows with a live record, swept to now: latest record and result, counts and newest ids. */
    private Map<UUID, List<Object>> summaryRows() {
        states.of(tenant);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, latest_result, passing, failing, array_to_string(newest_passing, ','),
                               latest_evidence_id
                        from control_evidence_summary where tenant_id = ?1 and latest_result is not null""")
                .setParameter(1, tenant).getResultList();
        Map<UUID, List<Object>> byControl = new HashMap<>();
        for (Object[] row : rows) {
            byControl.put((UUID) row[0], java.util.Arrays.asList(row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), row[4], row[5]));
        }
        return byControl;
    }

    private List<List<Object>> dayRows() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select control_id, day, passing, first_collected, last_collected from control_evidence_day
                        where tenant_id = ?1 order by control_id, day""")
                .setParameter(1, tenant).getResultList();
        return rows.stream().map(r -> List.<Object>of(r[0], r[1].toString(), ((Number) r[2]).longValue(),
                SqlValues.instant(r[3]), SqlValues.instant(r[4]))).toList();
    }

    /**
     * What the reports computed from the records before the summaries existed, for every control of the
     * tenant: the control state from its latest fresh qualifying record, and per-day counts of reportable ones.
     */
    private void assertMatchesTheRecords() {
        Instant at = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.control_id, s.evidence_id, s.result, s.review_status, s.collected_at, s.valid_until,
                               s.expired, s.superseded
                        from evidence_state s join evidence_state_control c
                          on c.tenant_id = s.tenant_id and c.evidence_id = s.evidence_id
                        where s.tenant_id = ?1""")
                .setParameter(1, tenant).getResultList();
        Map<UUID, List<Object[]>> qualifying = new HashMap<>();
        Map<UUID, Map<LocalDate, List<Instant>>> reportable = new HashMap<>();
        for (Object[] r : rows) {
            boolean accepted = "accepted".equals(r[3]);
            boolean current = !(Boolean) r[7];
            Instant collected = SqlValues.instant(r[4]);
            if (accepted && current && !(Boolean) r[6] && SqlValues.instant(r[5]).isAfter(at)
                    && ("pass".equals(r[2]) || "fail".equals(r[2]))) {
                qualifying.computeIfAbsent((UUID) r[0], c -> new ArrayList<>()).add(r);
            }
            if (accepted && current && "pass".equals(r[2])) {
                reportable.computeIfAbsent((UUID) r[0], c -> new HashMap<>())
                        .computeIfAbsent(LocalDate.ofInstant(collected, ZoneOffset.UTC), d -> new ArrayList<>()).add(collected);
            }
        }
        Map<UUID, ControlState> actual = states.of(tenant).controls();
        for (ControlState state : actual.values()) {
            List<Object[]> records = new ArrayList<>(qualifying.getOrDefault(state.controlId(), List.of()));
            records.sort(Comparator.comparing((Object[] r) -> SqlValues.instant(r[4])).reversed()
                    .thenComparing(r -> (UUID) r[1]));
            if (records.isEmpty()) {
                assertEquals(ControlState.Operation.unevidenced, state.operation(), state.refCode());
            } else if ("fail".equals(records.getFirst()[2])) {
                assertEquals(ControlState.Operation.failing, state.operation(), state.refCode());
            } else {
                List<UUID> passing = records.stream().filter(r -> "pass".equals(r[2])).map(r -> (UUID) r[1]).toList();
                assertEquals(ControlState.Operation.operating, state.operation(), state.refCode());
                assertEquals(passing.size(), state.evidenceCount(), state.refCode());
                assertEquals(passing.subList(0, Math.min(ControlEvidenceSummaries.NEWEST, passing.size())), state.evidence(),
                        state.refCode());
            }
            Map<LocalDate, List<Instant>> days = reportable.getOrDefault(state.controlId(), Map.of());
            for (Map.Entry<LocalDate, List<Instant>> day : days.entrySet()) {
                PeriodEvidence counted = inPeriod(tenant, day.getKey(), day.getKey()).get(state.controlId());
                assertEquals(day.getValue().size(), counted.count(), state.refCode() + " on " + day.getKey());
                assertEquals(day.getValue().stream().min(Instant::compareTo).orElseThrow(), counted.first());
                assertEquals(day.getValue().stream().max(Instant::compareTo).orElseThrow(), counted.last());
            }
            long total = days.values().stream().mapToLong(List::size).sum();
            PeriodEvidence all = inPeriod(tenant, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                    .get(state.controlId());
            assertEquals(total, all == null ? 0 : all.count(), state.refCode() + " over all days");
        }
    }
}
