package dev.crosswalk.support.identity;

/**
 * Keeps the access entries of auditor-scoped callers, e.g. in a service's change log. {@link AccessLog} calls
 * every bean implementing it once per request such a caller makes, after the endpoint (or a refusal) decided
 * the status and before the answer is sent: on a worker thread, outside the request's transaction (an
 * implementation opens its own), with no need of the request scope. When it throws, the caller gets a 503
 * instead of the answer: an auditor's read that cannot be recorded is not served. With no bean nothing is
 * recorded.
 */
public interface AccessRecorder {
    void recordAccess(AccessEntry entry);
}
