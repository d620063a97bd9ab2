package dev.crosswalk.support.problem;

import dev.crosswalk.support.http.DeclaredLength;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer rejects bodies over {@code quarkus.http.limits.max-body-size} before any REST code
 * runs, with an empty 413. This answers those with problem+json too: up front when Content-Length
 * announces the size, and from the failure handler when a streamed body grows past it.
 */
@ApplicationScoped
public class BodyLimitProblems {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    RoutingProblems problems;

    void checkDeclaredLength(@Observes Filters filters) {
        filters.register(context -> {
            if (DeclaredLength.of(context.request()) > maxBodySize.asLongValue()) {
                answer(context);
            } else {
                context.next();
            }
        }, 1000);
    }

    void answerStreamedOverflow(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                answer(context);
            } else {
                context.next();
            }
        });
    }

    private void answer(RoutingContext context) {
        context.response().putHeader("Connection", "close");
        problems.answer(context, ProblemType.PAYLOAD_TOO_LARGE,
                "The body is larger than the limit of " + maxBodySize.asLongValue() + " bytes");
    }
}
