package dev.crosswalk.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {
    /** Kafka topic the relay publishes to. */
    String topic();

    /** CloudEvent {@code source} of this service's events, e.g. {@code /catalog-service}. */
    String source();

    /** Whether the relay runs in this process (a service can leave relaying to another replica). */
    @WithDefault("true")
    boolean enabled();

    /** Pause between relay runs when the outbox is drained. */
    @WithDefault("1s")
    Duration relayInterval();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** Refusals by the broker (or unreadable payloads) after which a row is parked instead of tried again. */
    @WithDefault("5")
    int maxAttempts();

    /** How long a published row is kept for inspection before it is deleted. */
    @WithDefault("P7D")
    Duration retention();
}
