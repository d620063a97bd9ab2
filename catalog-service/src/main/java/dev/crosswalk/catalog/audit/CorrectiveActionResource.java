package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.audit.AuditViews.CorrectiveActionView;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit cycle")
public class CorrectiveActionResource {
    @Inject
    FindingService findings;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCorrectiveAction", summary = "One corrective action")
    public Response get(@PathParam("id") String id) {
        CorrectiveActionView action = findings.getAction(caller.tenantId(), id);
        return Response.ok(action).tag(VersionTag.of(action.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateCorrectiveAction",
            summary = "Change a corrective action's status, owner, due date or description; If-Match honoured")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid CorrectiveActionPatch patch) {
        String tenantId = caller.tenantId();
        CorrectiveActionView action = findings.patchAction(tenantId, id, VersionTag.expectedVersion(ifMatch, false), patch);
        return Response.ok(action).tag(VersionTag.of(action.version())).build();
    }
}
