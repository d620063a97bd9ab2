package dev.crosswalk.support.outbox;

import dev.crosswalk.events.EventExtensions;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows to Kafka as structured-mode CloudEvents (JSON), keyed by tenant. The producer is
 * idempotent with acks=all, so a retried send after a lost acknowledgement is not duplicated.
 */
@ApplicationScoped
class OutboxPublisher {
    private static final long SEND_TIMEOUT_MS = 15_000;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, CloudEvent> producer;

    /** Returns once every record is acknowledged by the broker; throws if any is not. */
    synchronized void publish(List<OutboxRecord> records) throws InterruptedException, ExecutionException,
            TimeoutException {
        KafkaProducer<String, CloudEvent> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        try {
            for (OutboxRecord record : records) {
                acks.add(kafka.send(new ProducerRecord<>(config.topic(), record.tenantId(), toCloudEvent(record))));
            }
            kafka.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            // A producer that failed mid-batch is discarded; the rows stay unpublished and are retried.
            close();
            throw e;
        }
    }

    private CloudEvent toCloudEvent(OutboxRecord record) {
        return CloudEventBuilder.v1()
                .withId(record.id().toString())
                .withSource(URI.create(config.source()))
                .withType(record.eventType())
                .withSubject(record.subject())
                .withTime(record.occurredAt())
                .withDataContentType("application/json")
                .withExtension(EventExtensions.TENANT_ID, record.tenantId())
                .withData(record.payload().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
            props.put(CloudEventSerializer.ENCODING_CONFIG, "STRUCTURED");
            props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, "application/cloudevents+json");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // a relay batch is flushed at once: one produce request for it rather than one per 16 KiB (the default)
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
