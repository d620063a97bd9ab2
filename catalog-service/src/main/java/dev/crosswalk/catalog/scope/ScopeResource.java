package dev.crosswalk.catalog.scope;

import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/catalog/scope")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ISMS scope", description = "The versioned scope statement of the tenant's ISMS (ISO 27001 4.3)")
public class ScopeResource {
    @Inject
    ScopeService scope;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordScope",
            summary = "Record the scope statement as a new version; If-Match with the current ETag is honoured")
    public Response record(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ScopeRequest request,
                           @Context UriInfo uri) {
        String tenantId = caller.tenantId();
        ScopeView recorded = scope.record(tenantId, caller.subject(), VersionTag.expectedVersion(ifMatch, false),
                request);
        return Response.created(uri.getAbsolutePathBuilder().path("versions").path(Integer.toString(recorded.version())).build())
                .tag(VersionTag.of(recorded.version())).entity(recorded).build();
    }

    @GET
    @Operation(operationId = "getScope", summary = "The current scope statement (404 when none was recorded)")
    public Response current() {
        ScopeView current = scope.current(caller.tenantId());
        return Response.ok(current).tag(VersionTag.of(current.version())).build();
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listScopeVersions", summary = "Every recorded version, newest first")
    public PageResponse<ScopeView> history(
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        return scope.history(tenantId, PageRequest.of(page, size));
    }

    @GET
    @Path("/versions/{version}")
    @Operation(operationId = "getScopeVersion", summary = "One recorded version")
    public ScopeView version(@PathParam("version") String version) {
        return scope.version(caller.tenantId(), version);
    }
}
