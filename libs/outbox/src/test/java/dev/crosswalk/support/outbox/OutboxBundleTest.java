package dev.crosswalk.support.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxBundleTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final OffsetDateTime at = OffsetDateTime.of(2026, 11, 29, 15, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void everyMemberComesBackAsItsOwnEventWithItsIdSubjectAndDataInOrder() throws Exception {
        List<OutboxBundle.Member> members = List.of(
                new OutboxBundle.Member(UUID.randomUUID(), "first", "{\"title\":\"a \\\"quoted\\\" ü\",\"n\":[1,2]}"),
                new OutboxBundle.Member(UUID.randomUUID(), "second", "{\"nested\":{\"x\":null}}"),
                new OutboxBundle.Member(UUID.randomUUID(), "third", "[]"),
                new OutboxBundle.Member(UUID.randomUUID(), "fourth", "\"just a string, with } and ]\""),
                new OutboxBundle.Member(UUID.randomUUID(), "fifth", "null"));

        List<OutboxRecord> events = OutboxBundle.decode(mapper, 42, "tenant-a", "evidence.recorded",
                OutboxBundle.encode(mapper, members), at);

        assertEquals(members.size(), events.size());
        for (int i = 0; i < members.size(); i++) {
            OutboxBundle.Member member = members.get(i);
            OutboxRecord event = events.get(i);
            assertEquals(new OutboxRecord(42, member.id(), "tenant-a", "evidence.recorded", member.subject(),
                    event.payload(), at), event);
            assertEquals(mapper.readTree(member.data()), mapper.readTree(event.payload()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"id\": \"5d0c4f8e-8f3e-4a8e-9d7c-2f1e0b6a9c11\", \"subject\": \"s\", \"data\": {}",
            "[{\"id\": \"5d0c4f8e-8f3e-4a8e-9d7c-2f1e0b6a9c11\", \"data\": {}}]",
            "{\"id\": \"5d0c4f8e-8f3e-4a8e-9d7c-2f1e0b6a9c11\", \"subject\": \"s\", \"data\": {}}",
            "[{\"id\": \"5d0c4f8e-8f3e-4a8e-9d7c-2f1e0b6a9c11\", \"subject\": \"s\", \"data\": {}}, 3]",
            "[] []"})
    void aPayloadThatIsNotABundleIsRefusedRatherThanPublishedHalfRead(String payload) {
        assertThrows(UncheckedIOException.class, () -> OutboxBundle.decode(mapper, 7, "t", "x", payload, at));
    }
}
