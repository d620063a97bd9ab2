package dev.crosswalk.support.identity;

import dev.crosswalk.support.problem.ProblemType;
import dev.crosswalk.support.problem.RoutingProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one door of a service: every request except {@code /q/} (health, OpenAPI, metrics) must carry the
 * identity the gateway signed ({@value InternalIdentity#HEADER}), checked here as the first HTTP filter,
 * before routing, body reading and validation. Without a valid one the answer is a 401 problem whatever
 * the path or body, so a caller who went around the gateway learns nothing of the API. The verified
 * claims stay on the request for {@link Caller} to read; no endpoint checks identity itself.
 * The gateway turns the door off ({@code crosswalk.identity.door=false}): it is the one that signs.
 */
@ApplicationScoped
public class IdentityDoor {
    /** Runs before every other filter of ours (the body-size check is at 1000). */
    static final int PRIORITY = 2000;
    static final String CLAIMS = "crosswalk.identity.claims";

    @ConfigProperty(name = "crosswalk.identity.door", defaultValue = "true")
    boolean enabled;

    @Inject
    VerifiedIdentities identities;

    @Inject
    RoutingProblems problems;

    void install(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        if (isOpen(context.normalizedPath())) {
            context.next();
            return;
        }
        Optional<InternalIdentity.Claims> claims = identities.verify(context.request().getHeader(InternalIdentity.HEADER));
        if (claims.isPresent()) {
            context.put(CLAIMS, claims.get());
            context.next();
        } else {
            refuse(context);
        }
    }

    /** Health, OpenAPI and metrics; everything else, known path or not, is behind the door. */
    static boolean isOpen(String normalizedPath) {
        return normalizedPath.equals("/q") || normalizedPath.startsWith("/q/");
    }

    private void refuse(RoutingContext context) {
        problems.answer(context, ProblemType.UNAUTHENTICATED,
                "The request carries no valid identity from the gateway; call the API through the gateway");
    }
}
