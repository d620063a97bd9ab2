package dev.crosswalk.catalog;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.outbox.OutboxRelay;
import java.time.Duration;

/** Waits, for the tests that read catalog.events, until the relay has published everything committed so far. */
public final class OutboxDrain {
    private OutboxDrain() {
    }

    /** Returns as soon as the relay's backlog is empty; fails with what is still waiting if it is not within {@code atMost}. */
    public static void awaitEmpty(OutboxRelay relay, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertEquals(0, relay.backlog(), "events still waiting in the outbox"));
    }
}
