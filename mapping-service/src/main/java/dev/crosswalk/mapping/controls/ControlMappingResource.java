package dev.crosswalk.mapping.controls;

import dev.crosswalk.mapping.controls.ControlMappingViews.ControlMappings;
import dev.crosswalk.mapping.controls.ControlMappingViews.MappingRequest;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/controls/{controlRef}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control mappings", description = "The tenant's controls mapped once to requirements of every framework")
public class ControlMappingResource {
    @Inject
    ControlMappingService mappings;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getControlMapping",
            summary = "A control's mapped requirements and the crosswalk's suggestions for the other framework")
    public ControlMappings get(@PathParam("controlRef") String controlRef) {
        return mappings.get(caller.tenantId(), controlRef);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mapControl",
            summary = "Replace the requirements a control is mapped to; announces control.mapped")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public ControlMappings put(@PathParam("controlRef") String controlRef, @NotNull @Valid MappingRequest request) {
        return mappings.replace(caller.tenantId(), controlRef, request.requirements());
    }
}
