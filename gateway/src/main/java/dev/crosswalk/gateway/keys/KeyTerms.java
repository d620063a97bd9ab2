package dev.crosswalk.gateway.keys;

import dev.crosswalk.gateway.auth.Scopes;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for a new key's expiry and auditor restriction, answered together as one 422 problem: an expiry is
 * in the future; an auditor's key reads only, and expires within {@link #AUDITOR_KEY_LIFETIME} (an audit's
 * fieldwork, with room; a longer engagement gets a new key), and its period does not end before it starts.
 */
final class KeyTerms {
    static final Duration AUDITOR_KEY_LIFETIME = Duration.ofDays(365);

    private KeyTerms() {
    }

    static void check(Set<String> scopes, Instant expiresAt, AuditorRestriction auditor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        if (auditor != null) {
            if (expiresAt == null) {
                errors.add(new FieldError("expiresAt", "is required for an auditor's key"));
            } else if (expiresAt.isAfter(now.plus(AUDITOR_KEY_LIFETIME))) {
                errors.add(new FieldError("expiresAt", "must be at most " + AUDITOR_KEY_LIFETIME.toDays()
                        + " days ahead for an auditor's key"));
            }
            if (!Scopes.READ.containsAll(scopes)) {
                errors.add(new FieldError("scopes", "an auditor's key may carry only read scopes: " + new TreeSet<>(Scopes.READ)));
            }
            if (auditor.periodFrom().isAfter(auditor.periodTo())) {
                errors.add(new FieldError("auditor.periodTo", "must not be before auditor.periodFrom"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The key's expiry or auditor restriction is not allowed",
                    errors);
        }
    }
}
