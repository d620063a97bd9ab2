package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows in the order of their {@code seq} (assigned at insert). Rows are locked
 * with SKIP LOCKED, so several replicas can relay side by side; then each relays its own batches in order,
 * but two replicas' batches may interleave, so consumers must not rely on order across batches (they
 * deduplicate by event id and apply each event on its own). A row is marked published only after the broker
 * acknowledged it, in the same transaction, so a broker outage leaves rows waiting and nothing is lost.
 * A row the broker refuses (too large, not serialisable) or that cannot be read is counted with its error and,
 * after {@code outbox.max-attempts} refusals, parked: the rest are published around it, in order, and
 * {@link ParkedOutboxRows} lists and retries the parked ones.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Rows the driver fetches at a time while a batch is filled: plain rows fill it in a few fetches, bundles in one. */
    private static final int ROWS_PER_FETCH = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxPublisher publisher;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry meters;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean brokerWasDown;
    private volatile Instant lastCleanup = Instant.EPOCH;

    @Inject
    ParkedOutboxRows parked;

    void exposeBacklog(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog", this, OutboxRelay::backlog)
                .description("Committed events not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("outbox.parked", parked, ParkedOutboxRows::count)
                .description("Outbox rows the broker refused too often, left out of relaying until an operator retries them")
                .register(meters);
    }

    /**
     * Asks for a relay run soon, on the relay's own thread. Called after every commit that wrote outbox
     * rows, so an event is published within milliseconds instead of at the next tick; wake-ups that
     * arrive while a run is queued fold into it. While the broker is down only the periodic run retries.
     */
    public void wake() {
        if (config.enabled() && !brokerWasDown) {
            queueRun();
        }
    }

    /** The periodic run: picks up what no wake-up announced (rows committed before a restart, broker outages). */
    @Scheduled(every = "${outbox.relay-interval:1s}", delayed = "${outbox.relay-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void tick() {
        queueRun();
    }

    private void queueRun() {
        if (worker.isShutdown() || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                relay();
            });
        } catch (RejectedExecutionException shuttingDown) {
            queued.set(false);
        }
    }

    @PreDestroy
    void stopWorker() {
        worker.shutdown();
    }

    /** Publishes everything committed so far; runs only on the relay's single thread, so batches stay in order. */
    private void relay() {
        try {
            boolean more;
            do {
                more = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (more);
            if (brokerWasDown) {
                LOG.info("Outbox relay is publishing again");
                brokerWasDown = false;
            }
            cleanUpPublished();
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                LOG.warnf("Outbox relay cannot publish yet, events wait in the outbox: %s", e.getMessage());
            }
            brokerWasDown = true;
        }
    }

    /** Publishes up to one batch in the caller's transaction; returns whether more rows may be waiting. */
    boolean publishBatch() throws Exception {
        Batch batch = session().doReturningWork(this::lockUnpublished);
        if (batch.rows().isEmpty()) {
            return false;
        }
        List<LockedRow> readable = new ArrayList<>();
        for (LockedRow row : batch.rows()) {
            if (row.unreadable() == null) {
                readable.add(row);
            } else {
                refused(row, row.unreadable());
            }
        }
        try {
            publisher.publish(readable.stream().flatMap(row -> row.events().stream()).toList());
            markPublished(readable);
        } catch (Exception failure) {
            if (!RefusedByBroker.isRowsFault(failure)) {
                throw failure;
            }
            publishOneByOne(readable);
        }
        return batch.more();
    }

    /**
     * After a batch the broker refused for one of its records: each row on its own, in order, so the refused
     * one is found and counted and the others go out. A broker failure meanwhile ends the run as before.
     */
    private void publishOneByOne(List<LockedRow> rows) throws Exception {
        for (LockedRow row : rows) {
            try {
                publisher.publish(row.events());
                markPublished(List.of(row));
            } catch (Exception failure) {
                if (!RefusedByBroker.isRowsFault(failure)) {
                    throw failure;
                }
                refused(row, failure);
            }
        }
    }

    private void refused(LockedRow row, Throwable failure) {
        String error = describe(failure);
        boolean parkedNow = parked.refused(row.seq(), error);
        if (parkedNow) {
            LOG.errorf("Outbox row %d parked after %d refusals; the relay goes on without it (operator: list and retry"
                    + " parked rows): %s", row.seq(), row.attempts() + 1, error);
        } else {
            LOG.warnf("Outbox row %d refused (attempt %d of %d), the others are published around it: %s", row.seq(),
                    row.attempts() + 1, config.maxAttempts(), error);
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The rows locked for one publication, and whether rows were left for the next. */
    private record Batch(List<LockedRow> rows, boolean more) {
    }

    /** One locked row: its events, or why they cannot be read. */
    private record LockedRow(long seq, int attempts, List<OutboxRecord> events, RuntimeException unreadable) {
    }

    /** The number of events not yet published (a bundle row counts its events); for the gauge and tests. */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("""
                        select coalesce(sum(coalesce(bundle_size, 1)), 0) from outbox_event
                        where published_at is null and parked_at is null""")
                .getSingleResult()).longValue());
    }

    /**
     * Locks rows in seq order until the batch holds {@code batch-size} events (a bundle row holds many; the
     * first row is always taken). Rows are fetched a few at a time, so rows beyond the batch are neither read
     * nor locked. Parked rows are left out.
     */
    private Batch lockUnpublished(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, tenant_id, event_type, subject, payload::text, occurred_at, bundle_size, attempts
                from outbox_event where published_at is null and parked_at is null
                order by seq limit ? for update skip locked""")) {
            select.setInt(1, config.batchSize());
            select.setFetchSize(ROWS_PER_FETCH);
            List<LockedRow> rows = new ArrayList<>();
            int events = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (events >= config.batchSize()) {
                        return new Batch(rows, true);
                    }
                    LockedRow row = read(rs);
                    rows.add(row);
                    events += row.unreadable() == null ? row.events().size() : 1;
                }
            }
            return new Batch(rows, rows.size() == config.batchSize());
        }
    }

    private LockedRow read(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        int attempts = rs.getInt(9);
        OffsetDateTime occurredAt = rs.getObject(7, OffsetDateTime.class);
        if (rs.getObject(8) == null) {
            return new LockedRow(seq, attempts, List.of(new OutboxRecord(seq, rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), occurredAt)), null);
        }
        try {
            return new LockedRow(seq, attempts, OutboxBundle.decode(objectMapper, seq, rs.getString(3), rs.getString(4),
                    rs.getString(6), occurredAt), null);
        } catch (RuntimeException unreadable) {
            return new LockedRow(seq, attempts, List.of(), new RefusedByBroker.UnreadableRow(seq, unreadable));
        }
    }

    /** One statement for the whole batch: PostgreSQL finds the rows with one index scan, not one per row. */
    private void markPublished(List<LockedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update outbox_event set published_at = now() where seq = any(?)")) {
                update.setArray(1, connection.createArrayOf("bigint", rows.stream().map(LockedRow::seq).toArray(Long[]::new)));
                update.executeUpdate();
            }
        });
    }

    private void cleanUpPublished() {
        Instant now = Instant.now();
        if (lastCleanup.isAfter(now.minusSeconds(3600))) {
            return;
        }
        lastCleanup = now;
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_event where published_at < ?1")
                .setParameter(1, now.minus(config.retention()))
                .executeUpdate());
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    @Singleton
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        @Inject
        OutboxConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
