package dev.crosswalk.evidence;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoint: says whether its (blocking) JSON body had been read whole before it ran. */
@Path("/test-only/body-echo")
public class BodyEchoResource {
    public record Named(String name) {
    }

    public record Echo(boolean readBeforeTheEndpoint, int nameLength) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Echo echo(Named body, @Context RoutingContext context) {
        return new Echo(context.body().available(), body.name().length());
    }
}
