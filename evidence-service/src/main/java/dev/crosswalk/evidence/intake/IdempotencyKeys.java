package dev.crosswalk.evidence.intake;

import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.List;

/**
 * A client's idempotency key (the single post's header, a bulk item's {@code idempotencyKey}): a request
 * under a key already used stands for the record stored then, if it has the same content.
 */
final class IdempotencyKeys {
    static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {
    }

    /** The key as given (null for none), if it is 1-200 characters. */
    static String check(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw new ProblemException(ProblemType.BAD_PARAMETER,
                    "Idempotency-Key must be 1-" + MAX_LENGTH + " characters",
                    List.of(new FieldError("idempotencyKey", "must be 1-" + MAX_LENGTH + " characters")));
        }
        return key;
    }

    /**
     * The record a retry replays: {@code earlier}, the record stored under the key (null for none), if the
     * checked request has its content; a different request under the same key is refused.
     */
    static Evidence replayed(String key, NewRecords.Checked request, Evidence earlier) {
        if (earlier != null && !request.fingerprint().equals(earlier.requestFingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency key '" + key
                    + "' was used for a different request; use a new key for new evidence");
        }
        return earlier;
    }
}
