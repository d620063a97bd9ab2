package dev.crosswalk.catalog.audit;

import dev.crosswalk.catalog.WireEnums;
import dev.crosswalk.catalog.audit.AuditViews.AuditDetail;
import dev.crosswalk.catalog.audit.AuditViews.AuditView;
import dev.crosswalk.catalog.audit.AuditViews.FindingView;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/audits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit cycle", description = "Internal audits, management reviews, certification audits and their findings")
public class AuditResource {
    @Inject
    AuditService audits;

    @Inject
    FindingService findings;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAudit", summary = "Plan an audit or review")
    public Response create(@NotNull @Valid AuditRequest request, @Context UriInfo uri) {
        AuditView created = audits.create(caller.tenantId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(VersionTag.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listAudits", summary = "The tenant's audits by planned start")
    public PageResponse<AuditView> list(
            @Parameter(description = "internal_audit, management_review, stage_1, stage_2, surveillance or recertification")
            @QueryParam("kind") String kind,
            @Parameter(description = "planned, in_progress or completed") @QueryParam("status") String status,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        return audits.list(tenantId, WireEnums.optional(kind, AuditKind.class, "kind"),
                WireEnums.optional(status, AuditStatus.class, "status"), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAudit", summary = "One audit with its findings and their corrective actions")
    public Response get(@PathParam("id") String id) {
        AuditDetail audit = audits.get(caller.tenantId(), id);
        return Response.ok(audit).tag(VersionTag.of(audit.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAudit",
            summary = "Replace an audit (e.g. to move its status on); If-Match with the current ETag is required")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AuditRequest request) {
        String tenantId = caller.tenantId();
        AuditView audit = audits.update(tenantId, id, VersionTag.expectedVersion(ifMatch, true), request);
        return Response.ok(audit).tag(VersionTag.of(audit.version())).build();
    }

    @POST
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "raiseFinding", summary = "Raise a finding in an audit")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response raise(@PathParam("id") String id, @NotNull @Valid FindingRequest request, @Context UriInfo uri) {
        FindingView finding = findings.raise(caller.tenantId(), id, request);
        return Response.created(uri.getBaseUriBuilder().path(FindingResource.class).path(finding.id().toString()).build())
                .tag(VersionTag.of(finding.version())).entity(finding).build();
    }
}
