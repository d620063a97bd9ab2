package dev.crosswalk.evidence.review;

import dev.crosswalk.evidence.intake.EvidenceRequest;
import dev.crosswalk.evidence.intake.IntakeResource;
import dev.crosswalk.evidence.query.EvidenceView;
import dev.crosswalk.support.http.VersionTag;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(IntakeResource.EVIDENCE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class ReviewResource {
    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewEvidence", summary = "Accept or reject a record as the signed-in caller (a rejection needs a comment; with segregation of "
            + "duties on, the submitter may not accept it: 403); If-Match honoured when sent")
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ReviewRequest review) {
        String tenantId = caller.tenantId();
        EvidenceView reviewed = reviews.review(tenantId, caller.subject(), id, review,
                VersionTag.expectedVersion(ifMatch, false));
        return Response.ok(reviewed).tag(VersionTag.of(reviewed.version())).build();
    }

    @POST
    @Path("/{id}/supersede")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "supersedeEvidence", summary = "Record a correction that replaces this record; the old one is kept in the history")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response supersede(@PathParam("id") String id, @NotNull @Valid EvidenceRequest correction,
                              @Context UriInfo uri) {
        EvidenceView replacement = reviews.supersede(caller.tenantId(), id, correction);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/evidence").path(replacement.id().toString()).build())
                .entity(replacement).build();
    }
}
