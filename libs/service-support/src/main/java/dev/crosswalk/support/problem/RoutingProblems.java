package dev.crosswalk.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Problem answers written by HTTP handlers that run before the REST layer (the identity door, the body-size
 * check, the gateway's proxy), where {@link ProblemResponses} cannot be used: the same RFC 9457 body.
 */
@ApplicationScoped
public class RoutingProblems {
    @Inject
    ObjectMapper objectMapper;

    /** The problem+json body of one answer. */
    public String json(ProblemType type, String detail, String instance) {
        try {
            return objectMapper.writeValueAsString(new Problem(type.uri(), type.title(), type.status(), detail, instance,
                    List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem answer", e);
        }
    }

    /** Ends the request with the problem, its status and media type (headers set before stay). */
    public void answer(RoutingContext context, ProblemType type, String detail) {
        context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(json(type, detail, context.request().path()));
    }
}
