package dev.crosswalk.testsupport;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events the way the suite's producers do (structured JSON CloudEvents keyed by tenant),
 * so a consumer can be tested against the real broker without running the producing service.
 */
public final class CloudEventSender implements AutoCloseable {
    private final KafkaProducer<String, CloudEvent> producer;

    public CloudEventSender(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        props.put(CloudEventSerializer.ENCODING_CONFIG, "STRUCTURED");
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, "application/cloudevents+json");
        producer = new KafkaProducer<>(props);
    }

    /** Sends one event and waits for the broker's acknowledgement; returns the event id. */
    public String send(String topic, String tenantId, String type, String subject, String dataJson) {
        return send(topic, tenantId, UUID.randomUUID().toString(), type, subject, dataJson);
    }

    public String send(String topic, String tenantId, String eventId, String type, String subject, String dataJson) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(URI.create("/test"))
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withExtension("tenantid", tenantId)
                .withData(dataJson.getBytes(StandardCharsets.UTF_8))
                .build();
        try {
            producer.send(new ProducerRecord<>(topic, tenantId, event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Broker refused the event", e);
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
