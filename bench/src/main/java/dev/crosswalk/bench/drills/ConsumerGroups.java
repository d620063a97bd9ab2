package dev.crosswalk.bench.drills;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Waits for a consumer group to have committed offsets up to the end of a topic. */
public final class ConsumerGroups {
    private ConsumerGroups() {
    }

    /** Returns how long it took; throws when the group is still behind after {@code timeout}. */
    public static long awaitCaughtUp(String bootstrapServers, String group, String topic, Duration timeout)
            throws Exception {
        long started = System.nanoTime();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        long lag = -1;
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() - started < timeout.toNanos()) {
                try {
                    lag = lag(admin, group, topic);
                    if (lag == 0) {
                        return Duration.ofNanos(System.nanoTime() - started).toMillis();
                    }
                } catch (java.util.concurrent.ExecutionException brokerNotReady) {
                    // the broker may be restarting: ask again
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("consumer group " + group + " is still " + lag + " records behind on " + topic
                + " after " + timeout.toSeconds() + " s");
    }

    private static long lag(Admin admin, String group, String topic) throws Exception {
        int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }
}
