package dev.crosswalk.support.outbox;

import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.identity.OperatorOnly;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * The operator's restatements of a service's state (see {@link Restatements}). Each service serves it under its
 * own path with a subclass that carries only the {@code @Path} (e.g. {@code /api/v1/catalog/restatements}).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RestatementResource {
    @Inject
    Restatements restatements;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "startRestatement",
            summary = "Publish the current state of everything this service owns as events, for consumers that"
            + " rebuild their projections; answers the running restatement if one runs; the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public Response start() {
        return Response.accepted(restatements.start(caller.subject())).build();
    }

    @GET
    @Operation(operationId = "listRestatements",
            summary = "The latest restatements with their progress, newest first; the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public List<Restatements.Progress> recent() {
        return restatements.recent();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRestatement", summary = "One restatement's progress; the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public Restatements.Progress progress(@PathParam("id") String id) {
        return restatements.progress(QueryParams.uuid(id).orElseThrow(() -> ProblemException.notFound("Restatement", id)));
    }
}
