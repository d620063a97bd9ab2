package dev.crosswalk.support.changelog;

import dev.crosswalk.support.identity.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.DefaultBean;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/** A service's actors: the identity the gateway signed for a request that may write (not GET, HEAD, OPTIONS). */
@ApplicationScoped
@DefaultBean
public class RequestActors implements Actors {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentVertxRequest request;

    @Inject
    Caller caller;

    @Override
    public Optional<Actor> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext context = request.getCurrent();
        if (context == null || READS.contains(context.request().method().name())) {
            return Optional.empty();
        }
        return caller.verified().map(claims -> Actor.of(claims.subject()));
    }
}
