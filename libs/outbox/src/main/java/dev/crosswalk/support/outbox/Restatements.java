package dev.crosswalk.support.outbox;

import dev.crosswalk.support.persistence.SqlValues;
import dev.crosswalk.support.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Restates everything this service owns: every {@link StateSource}'s entities, page by page, as events
 * through the outbox, so that a consumer whose projections are gone (or were never built, or outlived
 * Kafka's retention) can rebuild them from the topics. Each page and the cursor after it commit together,
 * so a restatement survives restarts and resumes where it stopped; one runs at a time (asking again while
 * it runs answers the running one), and its progress is readable.
 */
@ApplicationScoped
public class Restatements {
    private static final Logger LOG = Logger.getLogger(Restatements.class);
    static final int PAGE_SIZE = 500;
    /** A worker run stops starting pages after this, so it never holds the scheduler long. */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @Inject
    Instance<StateSource> sources;

    /** A restatement and how far it got. */
    public record Progress(UUID id, Instant requestedAt, String requestedBy, String source, long announced, long total,
                           Instant finishedAt) {
    }

    /** Starts a restatement, or answers the one already running. */
    public Progress start(String requestedBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Progress> running = query("where finished_at is null", null);
            if (!running.isEmpty()) {
                return running.getFirst();
            }
            long total = ordered().stream().mapToLong(StateSource::count).sum();
            UUID id = UUID.randomUUID();
            entityManager.createNativeQuery("""
                            insert into restatement (id, requested_at, requested_by, total) values (?1, now(), ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, id).setParameter(2, requestedBy).setParameter(3, total).executeUpdate();
            // a replica that started one at the same moment won: answer that one
            return query("where finished_at is null", null).getFirst();
        });
    }

    public Progress progress(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> query("where id = ?1", id)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Restatement", id));
    }

    /** The latest restatements, newest first. */
    public List<Progress> recent() {
        return QuarkusTransaction.requiringNew().call(() -> query("order by requested_at desc limit 20", null));
    }

    @Scheduled(every = "${outbox.restatement-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        Instant until = Instant.now().plus(RUN_BUDGET);
        boolean more = true;
        while (more && Instant.now().isBefore(until)) {
            more = QuarkusTransaction.requiringNew().call(this::restateOnePage);
        }
    }

    /** Restates one page of the running restatement, if any (locked, so replicas take turns); true if more is left. */
    boolean restateOnePage() {
        @SuppressWarnings("unchecked")
        List<Object[]> running = entityManager.createNativeQuery("""
                        select id, source_position, cursor_key from restatement
                        where finished_at is null for update skip locked""")
                .getResultList();
        if (running.isEmpty()) {
            return false;
        }
        UUID id = (UUID) running.getFirst()[0];
        int position = ((Number) running.getFirst()[1]).intValue();
        String cursor = (String) running.getFirst()[2];
        List<StateSource> ordered = ordered();
        if (position >= ordered.size()) {
            entityManager.createNativeQuery("update restatement set finished_at = now() where id = ?1")
                    .setParameter(1, id).executeUpdate();
            LOG.infof("Restatement %s finished", id);
            return false;
        }
        StateSource source = ordered.get(position);
        StateSource.Page page = source.page(cursor, PAGE_SIZE);
        if (!page.events().isEmpty()) {
            outbox.appendAll(page.events());
        }
        boolean sourceDone = page.lastKey() == null;
        entityManager.createNativeQuery("""
                        update restatement set source_position = ?1, cursor_key = ?2, announced = announced + ?3
                        where id = ?4""")
                .setParameter(1, sourceDone ? position + 1 : position)
                .setParameter(2, sourceDone ? null : page.lastKey())
                .setParameter(3, page.events().size())
                .setParameter(4, id)
                .executeUpdate();
        return true;
    }

    private List<StateSource> ordered() {
        return sources.stream().sorted(Comparator.comparingInt(StateSource::order)).toList();
    }

    private List<Progress> query(String condition, UUID id) {
        List<StateSource> ordered = ordered();
        var select = entityManager.createNativeQuery("""
                select id, requested_at, requested_by, source_position, announced, total, finished_at
                from restatement""" + " " + condition, Object[].class);
        if (id != null) {
            select.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(row -> {
            int position = ((Number) row[3]).intValue();
            return new Progress((UUID) row[0], SqlValues.instant(row[1]), (String) row[2],
                    position < ordered.size() ? ordered.get(position).name() : null,
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), SqlValues.instant(row[6]));
        }).toList();
    }
}
