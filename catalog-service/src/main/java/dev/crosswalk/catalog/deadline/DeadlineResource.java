package dev.crosswalk.catalog.deadline;

import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit cycle")
public class DeadlineResource {
    @Inject
    DeadlineService deadlines;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listDeadlines",
            summary = "Audits to start, corrective actions and risk treatments due within the window, "
            + "overdue ones included, soonest first")
    public PageResponse<Deadline> upcoming(
            @Parameter(description = "ISO-8601 period, at most one year, default P90D") @QueryParam("within") String within,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        String tenantId = caller.tenantId();
        DeadlineWindow window = DeadlineWindow.of(within, LocalDate.now(ZoneOffset.UTC));
        return deadlines.upcoming(tenantId, window, PageRequest.of(page, size));
    }
}
