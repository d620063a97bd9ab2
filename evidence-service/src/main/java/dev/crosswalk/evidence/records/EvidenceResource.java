package dev.crosswalk.evidence.records;

import dev.crosswalk.events.EvidenceKind;
import dev.crosswalk.events.ReviewStatus;
import dev.crosswalk.events.EvidenceResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Evidence records: ingest, search, review, corrections, timelines")
public class EvidenceResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceQueries queries;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper objectMapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one piece of evidence; retry safely with the same Idempotency-Key")
    public Response record(@Parameter(description = "client-chosen key, 1-200 characters; a retry with the same "
                                   + "key and body returns the first result") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @NotNull @Valid EvidenceRequest request, @Context UriInfo uri) {
        EvidenceService.Outcome outcome = evidence.record(caller.tenantId(), request, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.evidence().id().toString()).build())
                .header(REPLAYED, outcome.replayed())
                .tag(VersionTag.of(outcome.evidence().version()))
                .entity(outcome.evidence()).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record up to 500 items given as a JSON array; valid items are kept, the others answered")
    public BulkResult recordArray(@NotNull JsonNode items) {
        String tenantId = caller.tenantId();
        if (!items.isArray()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The body must be a JSON array of evidence items",
                    List.of(new Problem.FieldError("body", "must be an array")));
        }
        List<BulkItem> bulk = new ArrayList<>();
        items.forEach(item -> bulk.add(BulkItem.of(item)));
        return evidence.recordAll(tenantId, bulk);
    }

    @POST
    @Path("/bulk")
    @Consumes(NDJSON)
    @Operation(summary = "Record up to 500 items given as NDJSON (one JSON object a line)")
    public BulkResult recordNdjson(String body) {
        String tenantId = caller.tenantId();
        List<BulkItem> bulk = new ArrayList<>();
        if (body != null) {
            for (String line : body.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    bulk.add(readLine(line, bulk.size()));
                }
            }
        }
        return evidence.recordAll(tenantId, bulk);
    }

    @GET
    @Operation(summary = "List evidence, newest first, with filters and cursor pagination")
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
            @Parameter(description = "page size, 1-200, default 50") @QueryParam("limit") String limit) {
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
    @Operation(summary = "One record with the records it corrected and every review decision")
    public Response get(@PathParam("id") String id) {
        EvidenceDetail detail = queries.detail(caller.tenantId(), id);
        return Response.ok(detail).tag(VersionTag.of(detail.evidence().version())).build();
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or reject a record (a rejection needs a comment); If-Match honoured when sent")
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ReviewRequest review) {
        String tenantId = caller.tenantId();
        EvidenceView reviewed = evidence.review(tenantId, id, review, VersionTag.expectedVersion(ifMatch, false));
        return Response.ok(reviewed).tag(VersionTag.of(reviewed.version())).build();
    }

    @POST
    @Path("/{id}/supersede")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a correction that replaces this record; the old one is kept in the history")
    public Response supersede(@PathParam("id") String id, @NotNull @Valid EvidenceRequest correction,
                              @Context UriInfo uri) {
        EvidenceView replacement = evidence.supersede(caller.tenantId(), id, correction);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/evidence").path(replacement.id().toString()).build())
                .entity(replacement).build();
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "A control's evidence over an observation period (default: the last 12 months), "
            + "with the sampling periods its frequency implies")
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

    private BulkItem readLine(String line, int index) {
        try {
            return BulkItem.of(objectMapper.readTree(line));
        } catch (JsonProcessingException e) {
            return BulkItem.unreadable("Line " + (index + 1) + " is not valid JSON");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 50;
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
