package dev.crosswalk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts one real KRaft broker per test JVM and points the service's Kafka clients at it. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;

    /** The running broker, so a test can stop and restart it to drill an outage. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.onFreePorts().start();
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
    }
}
