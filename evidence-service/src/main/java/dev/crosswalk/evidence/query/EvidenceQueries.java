package dev.crosswalk.evidence.query;

import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceReview;
import dev.crosswalk.rules.EvidenceCounting;
import dev.crosswalk.rules.SamplingPeriods;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.support.paging.FilterQuery;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Read side of the evidence repository: filtered cursor pages, one record with history, control timelines. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceQueries {
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
    public static final Duration MAX_TIMELINE_SPAN = Duration.ofDays(400);
    private static final int MAX_TIMELINE_ENTRIES = 2_000;

    @Inject
    EvidenceViews views;

    @Inject
    EvidenceConfig config;

    @Inject
    ControlDirectory controls;

    public CursorPage<EvidenceView> list(String tenantId, EvidenceFilter filter, String cursorToken, int limit) {
        Cursor cursor = Cursor.decode(cursorToken);
        Instant now = Instant.now();
        Instant soon = now.plus(config.expiringWindow());
        FilterQuery query = new FilterQuery()
                .equal("tenantId", tenantId)
                .equal("kind", filter.kind())
                .equal("result", filter.result())
                .equal("reviewStatus", filter.reviewStatus())
                .where("collectedAt >= {}", filter.collectedFrom())
                .where("collectedAt < {}", filter.collectedTo())
                .where("id in (select l.evidenceId from EvidenceControl l where l.tenantId = {} and l.refCode = {})",
                        filter.controlRef() == null ? null : tenantId, filter.controlRef())
                .whereIf(!filter.includeSuperseded(), "supersededById is null");
        if (filter.freshness() != null) {
            switch (filter.freshness()) {
                case expired -> query.where("(expiredAt is not null or validUntil <= {})", now);
                case expiring -> query.where("expiredAt is null and validUntil > {} and validUntil <= {}", now, soon);
                case fresh -> query.where("expiredAt is null and validUntil > {}", soon);
            }
        }
        if (cursor != null) {
            query.where("(createdAt < {} or (createdAt = {} and id < {}))", cursor.createdAt(), cursor.createdAt(),
                    cursor.id());
        }
        List<Evidence> rows = Evidence.<Evidence>find(query.orderedBy("createdAt desc, id desc"), query.parameters())
                .range(0, limit).list();
        boolean more = rows.size() > limit;
        List<Evidence> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.getLast().createdAt, page.getLast().id).encode() : null;
        return new CursorPage<>(views.ofAll(page), next, limit);
    }

    public EvidenceDetail detail(String tenantId, String id) {
        Evidence evidence = Evidence.require(tenantId, id);
        List<EvidenceDetail.Version> versions = new ArrayList<>();
        Evidence older = evidence;
        while (older.supersedesId != null && versions.size() < 100) {
            older = Evidence.findForTenant(tenantId, older.supersedesId).orElse(null);
            if (older == null) {
                break;
            }
            versions.addFirst(new EvidenceDetail.Version(older.id, older.title, older.result, older.collectedAt,
                    older.createdAt, older.supersededById));
        }
        List<EvidenceDetail.Decision> reviews = EvidenceReview.<EvidenceReview>list(
                        "evidenceId = ?1 order by decidedAt", evidence.id).stream()
                .map(r -> new EvidenceDetail.Decision(r.decision, r.reviewer, r.reviewerName, r.comment,
                        r.decidedAt))
                .toList();
        return new EvidenceDetail(views.of(evidence), versions, reviews);
    }

    public Timeline timeline(String tenantId, String controlRef, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_TIMELINE_SPAN) > 0) {
            throw new ProblemException(ProblemType.BAD_PARAMETER,
                    "The period must run forwards and span at most " + MAX_TIMELINE_SPAN.toDays() + " days",
                    List.of(new Problem.FieldError("from", "must be before 'to', at most "
                            + MAX_TIMELINE_SPAN.toDays() + " days earlier")));
        }
        KnownControl control = controls.liveControl(tenantId, controlRef)
                .orElseThrow(() -> ProblemException.notFound("Control", controlRef));
        List<Evidence> records = Evidence.<Evidence>find("""
                        tenantId = ?1 and supersededById is null and collectedAt >= ?2 and collectedAt < ?3
                        and id in (select l.evidenceId from EvidenceControl l where l.tenantId = ?1 and l.controlId = ?4)
                        order by collectedAt, id""", tenantId, from, to, control.id())
                .range(0, MAX_TIMELINE_ENTRIES - 1).list();
        List<Timeline.Entry> entries = records.stream()
                .map(e -> new Timeline.Entry(e.id, e.collectedAt, e.kind, e.title, e.result, e.reviewStatus, e.validUntil))
                .toList();
        List<Timeline.PeriodCoverage> periods = SamplingPeriods.of(control.frequency(), from, to).stream()
                .map(p -> coverage(p, records)).toList();
        int covered = (int) periods.stream().filter(Timeline.PeriodCoverage::covered).count();
        return new Timeline(new Timeline.Control(control.id(), control.refCode(), control.name(), control.frequency()),
                from, to, entries, periods, new Timeline.Summary(entries.size(), covered, periods.size()));
    }

    /** An occurrence is covered by a record that evidences operation (the rule every report reads). */
    private static Timeline.PeriodCoverage coverage(SamplingPeriods.Occurrence occurrence, List<Evidence> records) {
        List<Evidence> inside = records.stream().filter(e -> occurrence.contains(e.collectedAt)).toList();
        int evidencing = (int) inside.stream().filter(e -> EvidenceCounting.evidencesOperation(e.countingFacts())).count();
        int awaitingReview = (int) inside.stream()
                .filter(e -> e.result == EvidenceResult.pass && e.reviewStatus == ReviewStatus.pending).count();
        return new Timeline.PeriodCoverage(occurrence.start(), occurrence.end(), inside.size(), evidencing, awaitingReview,
                evidencing > 0);
    }
}
