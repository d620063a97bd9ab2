package dev.crosswalk.support.changelog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change-log entry as clients see it. */
@Schema(name = "ChangeLogEntry")
public record ChangeLogEntry(
        @Schema(description = "Position in the tenant's log; larger is later") long id,
        Instant occurredAt,
        @Schema(description = "The verified subject: key:<id>, user:<sub>, operator, or system for the service's own work")
        String subject,
        @Schema(description = "api_key, token, operator, or service") String credential,
        @Schema(description = "What changed, e.g. tenant_control, risk, applicability_decision; request for an access")
        String entity,
        @Schema(description = "Its id (several key columns joined with /); for an access, the method and path")
        String entityId,
        @Schema(description = "created, updated, deleted or accessed") String operation,
        @Schema(description = "Per changed field {before, after}; secrets and lock versions never appear;"
                + " for an access, the answer's status")
        JsonNode changes) {
}
