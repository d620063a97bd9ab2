package dev.crosswalk.catalog.framework;

import dev.crosswalk.catalog.framework.FrameworkViews.RequirementView;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class RequirementResource {
    @Inject
    FrameworkCatalog catalog;

    @GET
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=query:framework")
    @Operation(operationId = "searchRequirements",
            summary = "Search requirements across frameworks, in the standards' order")
    public PageResponse<RequirementView> search(
            @Parameter(description = "framework id, e.g. iso27001:2022") @QueryParam("framework") String framework,
            @Parameter(description = "theme, category or domain code, e.g. technological") @QueryParam("group") String group,
            @Parameter(description = "clause, annex_control, criterion or control") @QueryParam("kind") String kind,
            @Parameter(description = "text found in the ref or title, case-insensitive") @QueryParam("q") String text,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("size") String size) {
        RequirementFilter filter = new RequirementFilter(
                QueryParams.optionalText(framework, "framework"),
                QueryParams.optionalText(group, "group"),
                QueryParams.optionalEnum(kind, RequirementKind.class, "kind"),
                QueryParams.optionalText(text, "q"));
        return catalog.requirements(filter, PageRequest.of(page, size));
    }
}
