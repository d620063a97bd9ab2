package dev.crosswalk.support.identity;

import java.time.Instant;

/**
 * One request an auditor-scoped caller made, allowed or refused: whose, who, what ({@code path} with its
 * query, as the caller sent it) and how it was answered.
 */
public record AccessEntry(String tenantId, String subject, String method, String path, int status, Instant occurredAt) {
}
