package dev.crosswalk.catalog.library;

import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.ProblemException;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control library", description = "Common controls mapped to ISO 27001:2022 and SOC 2, adopted in one call")
public class LibraryResource {
    @Inject
    ControlLibrary library;

    @Inject
    LibraryAdoption adoption;

    @Inject
    LibraryUpgrades upgrades;

    @Inject
    Caller caller;

    /** The library's identity and the controls that match. */
    public record LibraryPage(String id, String version, String published, String description,
                              List<LibraryDocument.Domain> domains, int total, List<LibraryControl> controls) {
    }

    @GET
    @Operation(operationId = "listLibraryControls",
            summary = "Browse the common control library: by domain, by a requirement of a framework, by text")
    public LibraryPage list(@QueryParam("domain") String domain,
                            @Parameter(description = "iso27001:2022 or soc2-tsc:2017") @QueryParam("framework") String framework,
                            @Parameter(description = "a requirement of that framework, e.g. A.5.15 or CC6.1")
                            @QueryParam("requirement") String requirement,
                            @QueryParam("q") String text) {
        LibraryDocument document = library.document();
        List<LibraryControl> found = library.search(QueryParams.optionalText(domain, "domain"),
                QueryParams.optionalText(framework, "framework"), QueryParams.optionalText(requirement, "requirement"),
                QueryParams.optionalText(text, "q"));
        return new LibraryPage(document.id(), document.version(), document.published(), document.description(),
                document.domains(), found.size(), found);
    }

    @GET
    @Path("/controls/{libraryId}")
    @Operation(operationId = "getLibraryControl",
            summary = "One library control with its evidence guidance and mappings")
    public LibraryControl control(@PathParam("libraryId") String id) {
        return library.control(id).orElseThrow(() -> ProblemException.notFound("Library control", id));
    }

    @POST
    @Path("/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adoptLibraryControls",
            summary = "Adopt library controls into the tenant's control set (all, a selection, or what given "
            + "frameworks need); idempotent: what is adopted already is left as it is")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public AdoptionResult adopt(@NotNull @Valid AdoptionRequest request) {
        return adoption.adopt(caller.tenantId(), request);
    }

    @GET
    @Path("/upgrade")
    @Operation(operationId = "getLibraryUpgrade",
            summary = "What the current library version changes for the controls the tenant adopted: new controls, "
            + "changed mappings, retired controls")
    public LibraryUpgrades.Pending pendingUpgrade() {
        return upgrades.pending(caller.tenantId());
    }

    @POST
    @Path("/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyLibraryUpgrade",
            summary = "Apply the chosen library changes (by library id): adopt new controls, add and remove the "
            + "changed mappings (the tenant's own are kept), retire retired controls")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public LibraryUpgrades.Applied upgrade(@NotNull @Valid LibraryUpgrades.UpgradeRequest request) {
        return upgrades.apply(caller.tenantId(), request);
    }
}
