package dev.crosswalk.gateway.keys;

import dev.crosswalk.gateway.auth.BearerTokens;
import dev.crosswalk.gateway.auth.OperatorKey;
import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.gateway.auth.Scopes;
import dev.crosswalk.support.changelog.Actor;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may administer: the platform operator (header X-Admin-Key) everything, a person with the admin role
 * (bearer token) the keys of their own tenant only; any other tenant is not found for them. Who was admitted is
 * what the change log names.
 */
@ApplicationScoped
public class AdminAccess {
    @Inject
    OperatorKey operator;

    @Inject
    BearerTokens tokens;

    @Inject
    AdminActor actor;

    /** The operator, or an admin of this very tenant; an admin of another tenant learns nothing of it. */
    public void requireKeyAdmin(String adminKey, String authorization, String tenant) {
        if (adminKey != null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            requireOperator(adminKey);
            return;
        }
        Principal person = tokens.verify(authorization.substring(7).strip())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "The bearer token is not valid"));
        if (!person.tenantId().equals(tenant)) {
            throw ProblemException.notFound("Tenant", tenant);
        }
        if (!person.scopes().contains(Scopes.KEYS_ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Managing API keys needs the admin role");
        }
        actor.admitted(Actor.of(person.subject()));
    }

    public void requireOperator(String presented) {
        if (!operator.matches(presented)) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Send the operator's key in " + AdminResource.ADMIN_KEY);
        }
        actor.admitted(Actor.of("operator"));
    }
}
