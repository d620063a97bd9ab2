package dev.crosswalk.catalog.framework;

import dev.crosswalk.catalog.framework.FrameworkViews.FrameworkDetail;
import dev.crosswalk.catalog.framework.FrameworkViews.FrameworkSummary;
import dev.crosswalk.catalog.framework.FrameworkViews.RequirementDetail;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.identity.OperatorOnly;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks", description = "Versioned frameworks (ISO 27001:2022, ISO 27001:2013, SOC 2 TSC) and their requirements")
public class FrameworkResource {
    @Inject
    FrameworkCatalog catalog;

    @Inject
    FrameworkImporter importer;

    @Inject
    OscalCatalogExport oscalExport;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listFrameworks", summary = "List frameworks with their requirement counts")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    public List<FrameworkSummary> list() {
        return catalog.frameworks();
    }

    @GET
    @Path("/{frameworkId}")
    @Operation(operationId = "getFramework",
            summary = "One framework with its requirement count per theme, category or domain")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=path:frameworkId")
    public FrameworkDetail get(@PathParam("frameworkId") String frameworkId) {
        return catalog.framework(frameworkId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFramework",
            summary = "Import a framework in the catalogue's JSON format (all or nothing); the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public Response importFramework(@NotNull @Valid FrameworkDocument document, @Context UriInfo uri) {
        Framework framework = importer.importNew(document, caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(framework.id).build())
                .entity(catalog.framework(framework.id)).build();
    }

    @POST
    @Path("/oscal")
    @Consumes({MediaType.APPLICATION_JSON, "application/oscal+json"})
    @Operation(operationId = "importOscalCatalog",
            summary = "Import an OSCAL 1.x catalog as a framework with the given id (all or nothing); the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public Response importOscal(
            @Parameter(description = "id to give the framework, 'name:version', e.g. nist-800-53:5.1.1", required = true)
            @QueryParam("id") String frameworkId,
            @NotNull JsonNode catalog, @Context UriInfo uri) {
        if (frameworkId == null || frameworkId.isBlank()) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'id' is required",
                    List.of(new Problem.FieldError("id", "must be given, e.g. nist-800-53:5.1.1")));
        }
        return importFramework(OscalCatalogConverter.convert(frameworkId, catalog), uri);
    }

    @GET
    @Path("/{frameworkId}/oscal")
    @Produces({MediaType.APPLICATION_JSON, "application/oscal+json"})
    @Operation(operationId = "exportOscalCatalog",
            summary = "A framework as an OSCAL 1.1.2 catalog (groups, controls with the ref as label), which the OSCAL import reads back")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=path:frameworkId")
    public JsonNode exportOscal(
            @Parameter(description = "framework id, 'name:version', e.g. iso27001:2022")
            @PathParam("frameworkId") String frameworkId) {
        return oscalExport.export(frameworkId);
    }

    @POST
    @Path("/{frameworkId}/share")
    @Operation(operationId = "shareFramework",
            summary = "Share with every tenant a framework withheld from them (imported before imports were the operator's)")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public FrameworkDetail share(@PathParam("frameworkId") String frameworkId) {
        importer.share(frameworkId);
        return catalog.framework(frameworkId);
    }

    @GET
    @Path("/{frameworkId}/requirements/{ref}")
    @Operation(operationId = "getRequirement", summary = "One requirement with its parent and children")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=path:frameworkId")
    public RequirementDetail requirement(@PathParam("frameworkId") String frameworkId, @PathParam("ref") String ref) {
        return catalog.requirement(frameworkId, ref);
    }
}
