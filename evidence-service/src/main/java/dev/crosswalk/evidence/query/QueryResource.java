package dev.crosswalk.evidence.query;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.EvidenceResult;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.evidence.expiry.Freshness;
import dev.crosswalk.evidence.intake.IntakeResource;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(IntakeResource.EVIDENCE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class QueryResource {
    @Inject
    EvidenceQueries queries;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listEvidence", summary = "List evidence, newest first, with filters and cursor pagination")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=instants:from..to")
    public CursorPage<EvidenceView> list(
            @Parameter(description = "control refCode") @QueryParam("control") String control,
            @QueryParam("kind") String kind,
            @Parameter(description = "pass, fail or informational") @QueryParam("result") String result,
            @Parameter(description = "pending, accepted or rejected") @QueryParam("reviewStatus") String reviewStatus,
            @Parameter(description = "fresh, expiring or expired") @QueryParam("freshness") String freshness,
            @Parameter(description = "collected at or after (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "collected before (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "include records replaced by a correction") @QueryParam("includeSuperseded") boolean includeSuperseded,
            @Parameter(description = "the nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + EvidenceQueries.MAX_LIMIT, defaultValue = "" + EvidenceQueries.DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        String tenantId = caller.tenantId();
        EvidenceFilter filter = new EvidenceFilter(QueryParams.optionalText(control, "control"),
                QueryParams.optionalEnum(kind, EvidenceKind.class, "kind"),
                QueryParams.optionalEnum(result, EvidenceResult.class, "result"),
                QueryParams.optionalEnum(reviewStatus, ReviewStatus.class, "reviewStatus"),
                QueryParams.optionalEnum(freshness, Freshness.class, "freshness"),
                QueryParams.optionalInstant(from, "from"), QueryParams.optionalInstant(to, "to"), includeSuperseded);
        return queries.list(tenantId, filter, cursor, limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvidence", summary = "One record with the records it corrected and every review decision")
    @Extension(name = AuditorReadable.EXTENSION, value = "true")
    public Response get(@PathParam("id") String id) {
        EvidenceDetail detail = queries.detail(caller.tenantId(), id);
        caller.requireWithinAuditPeriod(detail.evidence().collectedAt(), "Evidence", id);
        return Response.ok(detail).tag(VersionTag.of(detail.evidence().version())).build();
    }

    @GET
    @Path("/timeline")
    @Operation(operationId = "getEvidenceTimeline", summary = "A control's evidence over an observation period (default: the last 12 months), "
            + "with the sampling periods its frequency implies")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=instants:from..to")
    public Timeline timeline(@Parameter(description = "control refCode", required = true) @QueryParam("control") String control,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        String tenantId = caller.tenantId();
        String controlRef = QueryParams.optionalText(control, "control");
        if (controlRef == null) {
            throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'control' is required",
                    List.of(new Problem.FieldError("control", "must name a control refCode")));
        }
        Instant given = QueryParams.optionalInstant(to, "to");
        Instant end = given == null ? Instant.now() : given;
        Instant start = Optional.ofNullable(QueryParams.optionalInstant(from, "from")).orElse(end.minus(365, ChronoUnit.DAYS));
        return queries.timeline(tenantId, controlRef, start, end);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return EvidenceQueries.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= EvidenceQueries.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'limit' must be 1-" + EvidenceQueries.MAX_LIMIT,
                List.of(new Problem.FieldError("limit", "must be a whole number from 1 to " + EvidenceQueries.MAX_LIMIT)));
    }
}
