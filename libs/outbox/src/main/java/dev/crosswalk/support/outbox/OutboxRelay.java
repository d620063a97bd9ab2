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
 * Publishes committed outbox rows in commit order. Rows are locked with SKIP LOCKED, so several
 * replicas can relay side by side; a row is marked published only after the broker acknowledged it,
 * in the same transaction, so a broker outage leaves rows waiting and nothing is lost.
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

    void exposeBacklog(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog", this, OutboxRelay::backlog)
                .description("Committed events not yet acknowledged by Kafka")
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
        if (batch.seqs().isEmpty()) {
            return false;
        }
        publisher.publish(batch.events());
        session().doWork(connection -> markPublished(connection, batch.seqs()));
        return batch.more();
    }

    /** The events of the rows locked for one publication, the rows' seqs, and whether rows were left for the next. */
    private record Batch(List<OutboxRecord> events, List<Long> seqs, boolean more) {
    }

    /** The number of events not yet published (a bundle row counts its events); for the gauge and tests. */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(sum(coalesce(bundle_size, 1)), 0) from outbox_event where published_at is null")
                .getSingleResult()).longValue());
    }

    /**
     * Locks rows in commit order until the batch holds {@code batch-size} events (a bundle row holds many; the
     * first row is always taken). Rows are fetched a few at a time, so rows beyond the batch are neither read
     * nor locked.
     */
    private Batch lockUnpublished(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, tenant_id, event_type, subject, payload::text, occurred_at, bundle_size
                from outbox_event where published_at is null
                order by seq limit ? for update skip locked""")) {
            select.setInt(1, config.batchSize());
            select.setFetchSize(ROWS_PER_FETCH);
            List<OutboxRecord> events = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (events.size() >= config.batchSize()) {
                        return new Batch(events, seqs, true);
                    }
                    long seq = rs.getLong(1);
                    seqs.add(seq);
                    OffsetDateTime occurredAt = rs.getObject(7, OffsetDateTime.class);
                    if (rs.getObject(8) == null) {
                        events.add(new OutboxRecord(seq, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), occurredAt));
                    } else {
                        events.addAll(OutboxBundle.decode(objectMapper, seq, rs.getString(3), rs.getString(4),
                                rs.getString(6), occurredAt));
                    }
                }
            }
            return new Batch(events, seqs, seqs.size() == config.batchSize());
        }
    }

    /** One statement for the whole batch: PostgreSQL finds the rows with one index scan, not one per row. */
    private void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray(Long[]::new)));
            update.executeUpdate();
        }
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
