package dev.crosswalk.support.outbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The payload of an outbox row that carries several events of one tenant and one type, in order: a JSON
 * array of {@code {"id", "subject", "data"}}. The relay publishes each member as its own CloudEvent, with
 * the member's id, so consumers see exactly what one row per event would have given them.
 */
final class OutboxBundle {
    private OutboxBundle() {
    }

    /** One event of a bundle; {@code data} is its serialised JSON, written into the array as it is. */
    record Member(UUID id, String subject, String data) {
    }

    static String encode(ObjectMapper mapper, List<Member> members) {
        StringWriter out = new StringWriter(members.size() * 512);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            for (Member member : members) {
                json.writeStartObject();
                json.writeStringField("id", member.id().toString());
                json.writeStringField("subject", member.subject());
                json.writeFieldName("data");
                json.writeRawValue(member.data());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an outbox bundle", e);
        }
        return out.toString();
    }

    /**
     * The row's events as the relay publishes them, in the order they were appended. Each member's data is cut
     * out of the payload as written, not parsed into a tree and printed again (which took a fifth of the relay's
     * CPU in the ingest bench).
     */
    static List<OutboxRecord> decode(ObjectMapper mapper, long seq, String tenantId, String eventType, String payload,
                                     OffsetDateTime occurredAt) {
        List<OutboxRecord> events = new ArrayList<>();
        try (JsonParser json = mapper.getFactory().createParser(payload)) {
            expect(json.nextToken() == JsonToken.START_ARRAY, seq);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String subject = null;
                String data = null;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    switch (field) {
                        case "id" -> id = json.getText();
                        case "subject" -> subject = json.getText();
                        case "data" -> {
                            int from = (int) json.currentTokenLocation().getCharOffset();
                            json.skipChildren();
                            json.finishToken(); // a string's end is only found once it is read
                            data = payload.substring(from, (int) json.currentLocation().getCharOffset());
                        }
                        default -> json.skipChildren();
                    }
                }
                expect(id != null && subject != null && data != null, seq);
                events.add(new OutboxRecord(seq, UUID.fromString(id), tenantId, eventType, subject, data, occurredAt));
            }
            expect(json.currentToken() == JsonToken.END_ARRAY && json.nextToken() == null, seq);
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("Outbox row " + seq + " is not a bundle of events", e);
        }
    }

    private static void expect(boolean wellFormed, long seq) {
        if (!wellFormed) {
            throw new UncheckedIOException(new IOException("Outbox row " + seq + " is not a bundle of events"));
        }
    }
}
