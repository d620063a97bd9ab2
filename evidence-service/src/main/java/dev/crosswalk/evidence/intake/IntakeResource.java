package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** New evidence: one record, or many as a JSON array or NDJSON. Shares its path with the review and read resources. */
@Path(IntakeResource.EVIDENCE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Evidence records: ingest, search, review, corrections, timelines")
public class IntakeResource {
    public static final String EVIDENCE = "/api/v1/evidence";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    IntakeService intake;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper objectMapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordEvidence", summary = "Record one piece of evidence; retry safely with the same Idempotency-Key")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response record(@Parameter(description = "client-chosen key, 1-200 characters; a retry with the same "
                                   + "key and body returns the first result") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @NotNull @Valid EvidenceRequest request, @Context UriInfo uri) {
        IntakeService.Outcome outcome = intake.record(caller.tenantId(), request, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.evidence().id().toString()).build())
                .header(REPLAYED, outcome.replayed())
                .tag(VersionTag.of(outcome.evidence().version()))
                .entity(outcome.evidence()).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordEvidenceInBulk", summary = "Record up to 500 items given as a JSON array; valid items are kept, the others answered")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public BulkResult recordArray(@NotNull JsonNode items) {
        String tenantId = caller.tenantId();
        if (!items.isArray()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The body must be a JSON array of evidence items",
                    List.of(new Problem.FieldError("body", "must be an array")));
        }
        List<BulkItem> bulk = new ArrayList<>();
        items.forEach(item -> bulk.add(BulkItem.of(item)));
        return intake.recordAll(tenantId, bulk);
    }

    @POST
    @Path("/bulk")
    @Consumes(NDJSON)
    @Operation(summary = "Record up to 500 items given as NDJSON (one JSON object a line)")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
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
        return intake.recordAll(tenantId, bulk);
    }

    private BulkItem readLine(String line, int index) {
        try {
            return BulkItem.of(objectMapper.readTree(line));
        } catch (JsonProcessingException e) {
            return BulkItem.unreadable("Line " + (index + 1) + " is not valid JSON");
        }
    }
}
