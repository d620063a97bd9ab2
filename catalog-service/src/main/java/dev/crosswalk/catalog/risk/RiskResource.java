package dev.crosswalk.catalog.risk;

import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "The tenant's information security risk register and treatment plan")
public class RiskResource {
    @Inject
    RiskService risks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRisk", summary = "Register a risk; scores are likelihood x impact")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response create(@NotNull @Valid RiskRequest request, @Context UriInfo uri) {
        RiskView created = risks.create(caller.tenantId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(VersionTag.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listRisks", summary = "List the tenant's risks, highest inherent score first")
    public PageResponse<RiskView> list(
            @Parameter(description = "mitigate, accept, transfer or avoid") @QueryParam("treatment") String treatment,
            @Parameter(description = "open, treated or closed") @QueryParam("status") String status,
            @QueryParam("owner") String owner,
            @Parameter(description = "lowest inherent score, 1-25") @QueryParam("minScore") String minScore,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        return risks.list(tenantId, RiskFilter.of(treatment, status, owner, minScore), PageRequest.of(page, size));
    }

    @GET
    @Path("/treatment-plan")
    @Operation(operationId = "getRiskTreatmentPlan",
            summary = "Risks still to treat (open, or mitigated, transferred or avoided and not closed), "
            + "with their controls, highest inherent score first")
    public PageResponse<TreatmentPlanItem> treatmentPlan(
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        return risks.treatmentPlan(tenantId, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRisk", summary = "One risk; its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") String id) {
        RiskView risk = risks.get(caller.tenantId(), id);
        return Response.ok(risk).tag(VersionTag.of(risk.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRisk", summary = "Replace a risk; If-Match with the current ETag is required")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response update(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RiskRequest request) {
        String tenantId = caller.tenantId();
        RiskView risk = risks.update(tenantId, id, VersionTag.expectedVersion(ifMatch, true), request);
        return Response.ok(risk).tag(VersionTag.of(risk.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRisk",
            summary = "Delete a risk (409 while a current applicability decision cites it); If-Match honoured")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        String tenantId = caller.tenantId();
        risks.delete(tenantId, id, VersionTag.expectedVersion(ifMatch, false));
        return Response.noContent().build();
    }
}
