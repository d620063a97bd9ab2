package dev.crosswalk.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/openapi/suite.json")
@Tag(name = "Documentation")
public class MergedOpenApiResource {
    @Inject
    MergedOpenApi openApi;

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSuiteOpenApi",
            summary = "The OpenAPI document of the whole suite as served through this gateway")
    public ObjectNode suite(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return openApi.document(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
