package dev.crosswalk.support.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.events.EventExtensions;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A structured-mode CloudEvent read from a topic of the suite, with its JSON data. */
public record IncomingEvent(String id, String type, String tenantId, String subject, JsonNode data) {

    /** The event's data as the given contract type; empty when it does not fit (such an event can never be applied). */
    public <T> Optional<T> dataAs(Class<T> type, ObjectMapper objectMapper) {
        try {
            return Optional.ofNullable(objectMapper.treeToValue(data, type));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses a record value; empty when it is not a CloudEvent of ours (such a record can never be applied). */
    public static Optional<IncomingEvent> parse(String value, ObjectMapper objectMapper) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            CloudEvent event = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                    .deserialize(value.getBytes(StandardCharsets.UTF_8));
            Object tenant = event.getExtension(EventExtensions.TENANT_ID);
            if (tenant == null || event.getData() == null) {
                return Optional.empty();
            }
            JsonNode data = objectMapper.readTree(event.getData().toBytes());
            return Optional.of(new IncomingEvent(event.getId(), event.getType(), tenant.toString(),
                    event.getSubject(), data));
        } catch (EventDeserializationException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
