package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.crosswalk.CrosswalkViews.CrosswalkSummary;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Delta;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.LinkView;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.RequirementLinks;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Statistics;
import dev.crosswalk.mapping.reports.ReportFormat;
import dev.crosswalk.mapping.reports.ReportHeadings;
import dev.crosswalk.mapping.reports.ReportResponses;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crosswalk", description = "The shared ISO 27001 / SOC 2 crosswalk and the ISO 2013 -> 2022 transition map")
public class CrosswalkResource {
    @Inject
    CrosswalkQueries queries;

    @Inject
    ReportHeadings headings;

    @Inject
    Caller caller;

    @Inject
    CrosswalkExport export;

    @Inject
    CrosswalkVersions versions;

    @Inject
    ReportResponses responses;

    @GET
    @Path("/crosswalks")
    @Operation(operationId = "listCrosswalks", summary = "The loaded crosswalks with their versions and provenance")
    public List<CrosswalkSummary> crosswalks() {
        return queries.crosswalks();
    }

    @GET
    @Path("/crosswalks/{id}/links")
    @Operation(operationId = "listCrosswalkLinks", summary = "A crosswalk's links, filtered and paginated")
    public PageResponse<LinkView> links(@PathParam("id") String id,
                                        @QueryParam("source") String source, @QueryParam("target") String target,
                                        @Parameter(description = "equal, subset_of, superset_of, intersects_with")
                                        @QueryParam("relationship") String relationship,
                                        @Parameter(description = "1-10") @QueryParam("minStrength") String minStrength,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        LinkFilter filter = new LinkFilter(QueryParams.optionalText(source, "source"),
                QueryParams.optionalText(target, "target"),
                QueryParams.optionalEnum(relationship, Relationship.class, "relationship"), strength(minStrength));
        return queries.links(id, filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/crosswalks/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "exportCrosswalk",
            summary = "The whole crosswalk as json (links), csv, or oscal (an OSCAL 1.2 mapping-collection with gap summaries)")
    public Response export(@PathParam("id") String id,
                           @Parameter(description = "json (default), csv or oscal")
                           @QueryParam("format") String format) {
        List<LinkView> links = queries.allLinks(id);
        String chosen = format == null || format.isBlank() ? "json" : format.strip();
        return switch (chosen) {
            case "json" -> Response.ok(links, MediaType.APPLICATION_JSON).build();
            case "csv" -> Response.ok(export.csv(links), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"").build();
            case "oscal" -> Response.ok(export.oscal(queries.require(id), links, queries.unmapped(id)), MediaType.APPLICATION_JSON)
                    .build();
            default -> throw new ProblemException(ProblemType.BAD_PARAMETER, "Unknown export format '" + chosen + "'",
                    List.of(new Problem.FieldError("format", "must be json, csv or oscal")));
        };
    }

    @GET
    @Path("/crosswalks/{id}/versions")
    @Operation(operationId = "listCrosswalkVersions",
            summary = "Every shipped version of a crosswalk, oldest first, and which one is in use")
    public List<CrosswalkVersions.VersionView> versions(@PathParam("id") String id) {
        return versions.versions(id, queries.require(id).version);
    }

    @GET
    @Path("/crosswalks/{id}/diff")
    @Operation(operationId = "diffCrosswalkVersions",
            summary = "What changed between two versions of a crosswalk: links added, removed, retyped and"
            + " re-weighted, requirements newly declared without counterpart or no longer")
    public CrosswalkVersions.Diff diff(@PathParam("id") String id,
                                       @Parameter(description = "the older version, e.g. 1.0.0", required = true)
                                       @QueryParam("from") String from,
                                       @Parameter(description = "the newer version, e.g. 2.0.0", required = true)
                                       @QueryParam("to") String to) {
        return versions.diff(id, QueryParams.requiredText(from, "from"), QueryParams.requiredText(to, "to"));
    }

    @GET
    @Path("/crosswalks/{id}/statistics")
    @Operation(operationId = "getCrosswalkStatistics",
            summary = "How much of each framework the other covers, in both directions and by theme/category")
    public Statistics statistics(@PathParam("id") String id) {
        return queries.statistics(id);
    }

    @GET
    @Path("/crosswalks/{id}/delta")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getCrosswalkDelta",
            summary = "What a company holding the other framework must add for this one, as a work list: "
            + "requirements without counterpart (build them) and those only partly covered (what is missing)")
    @APIResponse(responseCode = "200", description = "the work list (csv and xlsx: one row per requirement)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Delta.class)),
                    @Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public Response delta(@PathParam("id") String id,
                          @Parameter(description = "the framework to reach, e.g. soc2-tsc:2017", required = true)
                          @QueryParam("framework") String framework,
                          @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") String format) {
        if (framework == null || framework.isBlank()) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'framework' is required",
                    List.of(new Problem.FieldError("framework", "must name one of the crosswalk's two frameworks")));
        }
        ReportFormat chosen = ReportFormat.of(format);
        Delta delta = queries.delta(id, framework.strip());
        return responses.of(delta, chosen, "delta-" + delta.framework().replace(':', '-'), DeltaTable::of,
                () -> headings.table(caller.tenantId(), "Delta to " + delta.framework() + " for " + delta.holding()));
    }

    @GET
    @Path("/requirements/{framework}/{ref}/links")
    @Operation(operationId = "listRequirementLinks",
            summary = "Every crosswalk link of one requirement, read from its side (both directions)")
    public RequirementLinks requirementLinks(@PathParam("framework") String framework, @PathParam("ref") String ref) {
        return queries.linksOf(framework, ref);
    }

    private static Integer strength(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int strength = Integer.parseInt(value.strip());
            if (strength >= 1 && strength <= 10) {
                return strength;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'minStrength' must be 1-10",
                List.of(new Problem.FieldError("minStrength", "must be a whole number from 1 to 10")));
    }
}
