package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.audit.AuditViews.CorrectiveActionView;
import dev.crosswalk.catalog.audit.AuditViews.FindingView;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit cycle")
public class FindingResource {
    @Inject
    FindingService findings;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFinding", summary = "One finding with its corrective actions")
    public Response get(@PathParam("id") String id) {
        FindingView finding = findings.get(caller.tenantId(), id);
        return Response.ok(finding).tag(VersionTag.of(finding.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeFindingStatus",
            summary = "Close or reopen a finding; a nonconformity closes only when its corrective actions are done")
    public Response changeStatus(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid FindingStatusChange change) {
        String tenantId = caller.tenantId();
        FindingView finding = findings.changeStatus(tenantId, id, VersionTag.expectedVersion(ifMatch, false),
                change.status());
        return Response.ok(finding).tag(VersionTag.of(finding.version())).build();
    }

    @POST
    @Path("/{id}/corrective-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCorrectiveAction", summary = "Add a corrective action to an open finding")
    public Response addAction(@PathParam("id") String id, @NotNull @Valid CorrectiveActionRequest request,
                              @Context UriInfo uri) {
        CorrectiveActionView action = findings.addAction(caller.tenantId(), id, request);
        return Response.created(uri.getBaseUriBuilder().path(CorrectiveActionResource.class)
                        .path(action.id().toString()).build())
                .tag(VersionTag.of(action.version())).entity(action).build();
    }
}
