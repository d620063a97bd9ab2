package dev.crosswalk.mapping.projection;

import dev.crosswalk.support.identity.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ProjectionResource {
    @Inject
    ProjectionReset reset;

    public record Cleared(List<String> tables, String next) {
    }

    @POST
    @Path("/clear")
    @Operation(operationId = "clearProjections",
            summary = "Empty the projections of catalog and evidence events, the first step of a rebuild; the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public Cleared clear() {
        return new Cleared(reset.clear(), "POST /api/v1/catalog/restatements and /api/v1/evidence/restatements to fill them again");
    }
}
