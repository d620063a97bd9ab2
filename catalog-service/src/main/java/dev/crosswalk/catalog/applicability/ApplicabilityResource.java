package dev.crosswalk.catalog.applicability;

import dev.crosswalk.catalog.WireEnums;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/applicability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement of Applicability", description = "Applicability decisions on the 93 Annex A controls of ISO/IEC 27001:2022")
public class ApplicabilityResource {
    @Inject
    ApplicabilityService applicability;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getStatementOfApplicabilityDecisions",
            summary = "Every Annex A control with its current decision, or undecided")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=fixed:" + AnnexA.FRAMEWORK)
    public StatementOfApplicability statement(
            @Parameter(description = "applicable, excluded or undecided") @QueryParam("status") String status,
            @Parameter(description = "organizational, people, physical or technological") @QueryParam("theme") String theme) {
        String tenantId = caller.tenantId();
        return applicability.statement(tenantId, WireEnums.optional(status, ApplicabilityStatus.class, "status"),
                QueryParams.optionalText(theme, "theme"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideApplicabilityInBulk",
            summary = "Decide several controls at once; all are recorded or none")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public List<DecisionView> decideAll(@NotNull @Valid BulkApplicabilityRequest request) {
        return applicability.decideAll(caller.tenantId(), caller.subject(), request.decisions());
    }

    @PUT
    @Path("/{requirementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideApplicability",
            summary = "Record a new decision on one Annex A control (e.g. A.5.1)")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public DecisionView decide(@PathParam("requirementId") String requirementId,
                               @NotNull @Valid ApplicabilityRequest request) {
        return applicability.decide(caller.tenantId(), caller.subject(), requirementId, request);
    }

    @GET
    @Path("/{requirementId}")
    @Operation(operationId = "getApplicabilityDecision",
            summary = "The current decision on one Annex A control, or undecided")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=fixed:" + AnnexA.FRAMEWORK)
    public DecisionView current(@PathParam("requirementId") String requirementId) {
        return applicability.current(caller.tenantId(), requirementId);
    }

    @GET
    @Path("/{requirementId}/history")
    @Operation(operationId = "listApplicabilityDecisionHistory",
            summary = "Every decision on one Annex A control, newest first")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=fixed:" + AnnexA.FRAMEWORK)
    public PageResponse<DecisionView> history(@PathParam("requirementId") String requirementId,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        return applicability.history(tenantId, requirementId, PageRequest.of(page, size));
    }
}
