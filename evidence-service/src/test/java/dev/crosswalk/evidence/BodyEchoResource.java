package dev.crosswalk.evidence;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoints: one says whether its (blocking) JSON body had been read whole before it ran, the other
 * answers with as many characters as asked.
 */
@Path("/test-only/body-echo")
public class BodyEchoResource {
    public record Named(String name) {
    }

    public record Echo(boolean readBeforeTheEndpoint, int nameLength) {
    }

    public record Filler(String filler) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Echo echo(Named body, @Context RoutingContext context) {
        return new Echo(context.body().available(), body.name().length());
    }

    @GET
    @Path("/filler")
    @Produces(MediaType.APPLICATION_JSON)
    public Filler filler(@QueryParam("size") int size) {
        return new Filler("x".repeat(size));
    }
}
