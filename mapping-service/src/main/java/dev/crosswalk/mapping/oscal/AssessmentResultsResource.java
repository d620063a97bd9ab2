package dev.crosswalk.mapping.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.mapping.reports.ObservationPeriod;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/oscal")
@Produces({MediaType.APPLICATION_JSON, "application/oscal+json"})
@Tag(name = "OSCAL", description = "The tenant's evidence and coverage as OSCAL documents")
public class AssessmentResultsResource {
    @Inject
    AssessmentResultsExport export;

    @Inject
    Caller caller;

    @GET
    @Path("/assessment-results")
    @Operation(operationId = "exportAssessmentResults",
            summary = "The tenant's evidence records collected in a period (observations) and its coverage per requirement "
            + "(findings) as an OSCAL 1.1.2 assessment-results document")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=days:from..to")
    public JsonNode assessmentResults(
            @Parameter(description = "first day, yyyy-mm-dd", required = true, schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-mm-dd; the period lasts 3 to 12 months", required = true,
                    schema = @Schema(format = "date"))
            @QueryParam("to") String to) {
        return export.export(caller.tenantId(), ObservationPeriod.of(from, to));
    }
}
