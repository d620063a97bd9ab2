package dev.crosswalk.support.changelog;

import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A service's change log for the calling tenant. Each service serves it under its own path with a subclass that
 * carries only the {@code @Path} (e.g. {@code /api/v1/catalog/change-log}).
 */
public abstract class ChangeLogResource {
    @Inject
    ChangeLogAnswers answers;

    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listChangeLog", summary = "Who changed what and when in this service, newest first:"
            + " every write through the API (subject, credential, entity, operation, fields before and after), and the"
            + " reads of auditor credentials; json pages with a cursor, or csv with every entry the filters match;"
            + " an auditor's key reads its audit period only")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=instants:from..to")
    @APIResponse(responseCode = "200", description = "a page of entries (json) or all matching entries (csv)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeLogPage.class)),
                    @Content(mediaType = "text/csv")})
    public Response list(@Parameter(description = "only this entity, e.g. risk") @QueryParam("entity") String entity,
                         @Parameter(description = "only this entity id") @QueryParam("entityId") String entityId,
                         @Parameter(description = "only this subject, e.g. key:<id>") @QueryParam("subject") String subject,
                         @Parameter(description = "created, updated, deleted or accessed") @QueryParam("operation") String operation,
                         @Parameter(description = "entries at or after this instant") @QueryParam("from") String from,
                         @Parameter(description = "entries before this instant") @QueryParam("to") String to,
                         @Parameter(description = "true: the log of data every tenant shares (frameworks, crosswalk)")
                         @QueryParam("shared") String shared,
                         @Parameter(description = "the nextCursor of the page before") @QueryParam("cursor") String cursor,
                         @Parameter(description = "entries per page, 1-500 (default 50)") @QueryParam("limit") String limit,
                         @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        ChangeLogFilter filter = ChangeLogFilter.of(entity, entityId, subject, operation, from, to, shared);
        return answers.answer(caller.tenantId(), filter, cursor, limit, format, "change-log.csv");
    }
}
