package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.coverage.CoverageViews.EvidenceReach;
import dev.crosswalk.mapping.coverage.CoverageViews.FrameworkCoverage;
import dev.crosswalk.mapping.coverage.CoverageViews.Gaps;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage", description = "Live coverage of ISO 27001:2022 and SOC 2 from the tenant's controls and evidence")
public class CoverageResource {
    @Inject
    CoverageService coverage;

    @Inject
    Caller caller;

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverage",
            summary = "Coverage of every requirement of a framework: satisfied, partial or gap, with controls, evidence and why")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=query:framework")
    public FrameworkCoverage coverage(@QueryParam("framework") String framework) {
        return coverage.coverage(caller.tenantId(), CoverageService.requiredFramework(framework));
    }

    @GET
    @Path("/gaps")
    @Operation(operationId = "listGaps",
            summary = "Requirements not yet satisfied, gaps first, then by how many requirements one fix would close")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=query:framework")
    public Gaps gaps(@QueryParam("framework") String framework) {
        return coverage.gaps(caller.tenantId(), CoverageService.requiredFramework(framework));
    }

    @GET
    @Path("/evidence/{id}/satisfies")
    @Operation(operationId = "getEvidenceReach",
            summary = "The requirements of each framework one evidence record counts for, and through which control and link")
    public EvidenceReach satisfies(@PathParam("id") String id) {
        return coverage.reach(caller.tenantId(), id);
    }
}
