package dev.crosswalk.gateway.keys;

import dev.crosswalk.support.changelog.ChangeLogAnswers;
import dev.crosswalk.support.changelog.ChangeLogFilter;
import dev.crosswalk.support.changelog.ChangeLogPage;
import dev.crosswalk.support.trail.Checkpoint;
import dev.crosswalk.support.trail.Checkpoints;
import dev.crosswalk.support.trail.TrailVerification;
import dev.crosswalk.support.trail.TrailVerifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who issued, changed and revoked a tenant's API keys: the gateway's own change log and its trail, for the
 * operator and the tenant's admins (the services' logs are read through the API).
 */
@Path("/admin/v1/tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Tenants and their API keys")
public class AdminLogResource {
    @Inject
    AdminAccess access;

    @Inject
    ChangeLogAnswers answers;

    @Inject
    TrailVerifier verifier;

    @Inject
    Checkpoints checkpoints;

    @GET
    @Path("/change-log")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listKeyChangeLog", summary = "The tenant's key administration, newest first: issued,"
            + " revoked, with who did it (never a secret); json pages with a cursor, or csv")
    @APIResponse(responseCode = "200", description = "a page of entries (json) or all matching entries (csv)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeLogPage.class)),
                    @Content(mediaType = "text/csv")})
    public Response changeLog(@HeaderParam(AdminResource.ADMIN_KEY) String adminKey,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @PathParam("tenant") String tenant, @QueryParam("entity") String entity,
                              @QueryParam("entityId") String entityId, @QueryParam("subject") String subject,
                              @QueryParam("operation") String operation, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                              @QueryParam("limit") String limit, @QueryParam("format") String format) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        ChangeLogFilter filter = ChangeLogFilter.of(entity, entityId, subject, operation, from, to, null);
        return answers.answer(tenant, filter, cursor, limit, format, "key-change-log.csv");
    }

    @GET
    @Path("/trail/verify")
    @Operation(operationId = "verifyKeyTrail", summary = "Verify the hash chain over the tenant's key change log")
    public TrailVerification verify(@HeaderParam(AdminResource.ADMIN_KEY) String adminKey,
                                    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                    @PathParam("tenant") String tenant) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        return verifier.verify(tenant, null, null);
    }

    @GET
    @Path("/trail/checkpoint")
    @Operation(operationId = "issueKeyTrailCheckpoint", summary = "A signed checkpoint of the tenant's key trail")
    public Checkpoint checkpoint(@HeaderParam(AdminResource.ADMIN_KEY) String adminKey,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @PathParam("tenant") String tenant) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        return checkpoints.issue(tenant);
    }
}
