package dev.crosswalk.events;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code soc2-scope.decided}: the Trust Services categories a tenant's SOC 2 report covers
 * ({@code security} always, then any of {@code availability}, {@code confidentiality},
 * {@code processing_integrity}, {@code privacy}). {@code version} grows with each decision; a consumer keeps the newest.
 */
public record Soc2ScopeEventData(String tenantId, List<String> categories, String decidedBy, Instant decidedAt,
                                 long version) {
}
