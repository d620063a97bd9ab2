package dev.crosswalk.evidence.query;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Position in the newest-first evidence list: the (createdAt, id) of the last record a page held. */
record Cursor(Instant createdAt, UUID id) {

    String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
                    .split("\\.", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "The cursor is not one this API handed out",
                    List.of(new Problem.FieldError("cursor", "must be the nextCursor of an earlier page")));
        }
    }
}
