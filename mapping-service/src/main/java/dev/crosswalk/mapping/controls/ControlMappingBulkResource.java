package dev.crosswalk.mapping.controls;

import dev.crosswalk.mapping.controls.ControlMappingViews.BulkItem;
import dev.crosswalk.mapping.controls.ControlMappingViews.BulkResult;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/control-mappings/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control mappings")
public class ControlMappingBulkResource {
    public static final int MAX_ITEMS = 200;

    @Inject
    ControlMappingService mappings;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mapControlsInBulk",
            summary = "Replace the mappings of up to 200 controls; each item succeeds or fails on its own")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public BulkResult bulk(@NotNull @Size(max = MAX_ITEMS) List<@Valid @NotNull BulkItem> items) {
        return mappings.replaceAll(caller.tenantId(), items);
    }
}
