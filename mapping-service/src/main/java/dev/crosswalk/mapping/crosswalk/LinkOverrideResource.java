package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.crosswalk.LinkOverrideService.OverrideRequest;
import dev.crosswalk.mapping.crosswalk.LinkOverrideService.OverrideView;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crosswalk overrides", description = "A tenant's own additions, retypings and rejections of shared links")
public class LinkOverrideResource {
    @Inject
    LinkOverrideService overrides;

    @Inject
    Caller caller;

    @PUT
    @Path("/crosswalks/{id}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "overrideLink",
            summary = "Add, retype or reject one link for this tenant (replaces an earlier override of the same pair)")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public OverrideView put(@PathParam("id") String id, @NotNull @Valid OverrideRequest request) {
        return overrides.put(caller.tenantId(), id, request);
    }

    @GET
    @Path("/crosswalks/{id}/overrides")
    @Operation(operationId = "listLinkOverrides", summary = "This tenant's overrides of the crosswalk")
    public List<OverrideView> list(@PathParam("id") String id) {
        return overrides.list(caller.tenantId(), id);
    }

    @DELETE
    @Path("/crosswalks/{id}/overrides")
    @Operation(operationId = "deleteLinkOverride",
            summary = "Drop this tenant's override of one link, back to the shared crosswalk")
    public Response delete(@PathParam("id") String id, @QueryParam("source") String source,
                           @QueryParam("target") String target) {
        overrides.delete(caller.tenantId(), id, source, target);
        return Response.noContent().build();
    }

    @GET
    @Path("/crosswalks/{id}/effective-links")
    @Operation(operationId = "listEffectiveLinks",
            summary = "The crosswalk as this tenant sees it, each link marked shared or tenant")
    public List<EffectiveLink> effective(@PathParam("id") String id) {
        return overrides.effectiveLinks(caller.tenantId(), id);
    }
}
