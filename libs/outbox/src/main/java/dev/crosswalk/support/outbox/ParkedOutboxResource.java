package dev.crosswalk.support.outbox;

import dev.crosswalk.support.identity.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The operator's view of a service's parked outbox rows. Each service serves it under its own path with a
 * subclass that carries only the {@code @Path} (e.g. {@code /api/v1/catalog/outbox/parked}); rows of every
 * tenant are listed, so it is the operator's only.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParkedOutboxResource {
    @Inject
    ParkedOutboxRows parked;

    @GET
    @Operation(operationId = "listParkedOutboxRows",
            summary = "Outbox rows the broker refused too often and the relay left out (oldest first, at most 1,000); the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public List<ParkedOutboxRows.ParkedRow> list() {
        return parked.list();
    }

    @POST
    @Path("/{seq}/retry")
    @Operation(operationId = "retryParkedOutboxRow",
            summary = "Put a parked outbox row back in line with its attempts reset; the operator's only")
    @Extension(name = OperatorOnly.EXTENSION, value = "true")
    public ParkedOutboxRows.ParkedRow retry(
            @Parameter(description = "the row's sequence number", schema = @Schema(minimum = "1", maximum = "9223372036854775807"))
            @PathParam("seq") long seq) {
        return parked.retry(seq);
    }
}
