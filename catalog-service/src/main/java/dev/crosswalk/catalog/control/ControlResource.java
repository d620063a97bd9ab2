package dev.crosswalk.catalog.control;

import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/controls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controls", description = "The tenant's own control set")
public class ControlResource {
    @Inject
    ControlService controls;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createControl", summary = "Create a control")
    public Response create(@NotNull @Valid ControlRequest request, @Context UriInfo uri) {
        ControlView created = controls.create(caller.tenantId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(VersionTag.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listControls", summary = "List the tenant's controls, ordered by refCode")
    public PageResponse<ControlView> list(
            @Parameter(description = "draft, active or retired") @QueryParam("status") String status,
            @QueryParam("owner") String owner,
            @Parameter(description = "text found in refCode or name, case-insensitive") @QueryParam("q") String text,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        ControlFilter filter = new ControlFilter(QueryParams.optionalEnum(status, ControlStatus.class, "status"),
                QueryParams.optionalText(owner, "owner"), QueryParams.optionalText(text, "q"));
        return controls.list(tenantId, filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getControl", summary = "One control; its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") String id) {
        ControlView control = controls.get(caller.tenantId(), id);
        return Response.ok(control).tag(VersionTag.of(control.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateControl", summary = "Replace a control; If-Match with the current ETag is required")
    public Response update(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ControlRequest request) {
        String tenantId = caller.tenantId();
        ControlView control = controls.update(tenantId, id, VersionTag.expectedVersion(ifMatch, true), request);
        return Response.ok(control).tag(VersionTag.of(control.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteControl", summary = "Delete a control; If-Match is honoured when sent")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        String tenantId = caller.tenantId();
        controls.delete(tenantId, id, VersionTag.expectedVersion(ifMatch, false));
        return Response.noContent().build();
    }
}
