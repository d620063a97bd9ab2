package dev.crosswalk.mapping.controls;

import dev.crosswalk.mapping.reports.ReportFormat;
import dev.crosswalk.mapping.reports.ReportHeadings;
import dev.crosswalk.mapping.reports.ReportResponses;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/control-set")
@Tag(name = "Control mappings", description = "Which requirements each tenant control is mapped to")
public class ControlSetResource {
    @Inject
    ControlSetExport export;

    @Inject
    ReportResponses responses;

    @Inject
    ReportHeadings headings;

    @Inject
    Caller caller;

    @GET
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportControlSet",
            summary = "The tenant's control set with its mappings, in the columns the catalog's spreadsheet import "
            + "reads (round trip: export, import into another tenant, same control set)")
    public Response get(@Parameter(description = "json (default), csv or xlsx") @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.of(format);
        String tenantId = caller.tenantId();
        return responses.of(export.of(tenantId), chosen, "control-set", ControlSetExport::table,
                () -> headings.table(tenantId, "Control set"));
    }
}
