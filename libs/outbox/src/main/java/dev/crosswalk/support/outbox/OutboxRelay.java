package dev.crosswalk.support.outbox;

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

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxPublisher publisher;

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
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == config.batchSize());
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

    /** Publishes up to one batch in the caller's transaction; returns how many rows were published. */
    int publishBatch() throws Exception {
        List<OutboxRecord> batch = session().doReturningWork(this::lockUnpublished);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publish(batch);
        session().doWork(connection -> markPublished(connection, batch));
        return batch.size();
    }

    /** The number of rows not yet published; for health checks and tests. */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue());
    }

    private List<OutboxRecord> lockUnpublished(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, tenant_id, event_type, subject, payload::text, occurred_at
                from outbox_event where published_at is null
                order by seq limit ? for update skip locked""")) {
            select.setInt(1, config.batchSize());
            List<OutboxRecord> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRecord(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
                }
            }
            return rows;
        }
    }

    /** One statement for the whole batch: PostgreSQL finds the rows with one index scan, not one per row. */
    private void markPublished(Connection connection, List<OutboxRecord> batch) throws SQLException {
        Long[] seqs = batch.stream().map(OutboxRecord::seq).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs));
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
