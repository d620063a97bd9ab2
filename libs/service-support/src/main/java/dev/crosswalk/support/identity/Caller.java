package dev.crosswalk.support.identity;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import dev.crosswalk.support.problem.ProblemException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is calling, as the {@link IdentityDoor} verified it: the tenant, the subject and the scopes the
 * gateway granted. Every request that reaches an endpoint has passed the door, so there is nothing to
 * check here, only to read.
 */
@RequestScoped
public class Caller {
    @Inject
    CurrentVertxRequest request;

    public String tenantId() {
        return claims().tenantId();
    }

    public String subject() {
        return claims().subject();
    }

    /** True when the gateway granted the platform operator's scope (writes to data all tenants share). */
    public boolean isOperator() {
        return claims().scopes().contains(InternalIdentity.OPERATOR_SCOPE);
    }

    /** The period and frameworks an auditor's key is limited to; empty for every other caller. */
    public Optional<AuditorScope> auditorScope() {
        return claims().auditorScope();
    }

    /**
     * For an auditor-scoped caller, a record dated outside the audit period is not there: answers 404 as for an
     * unknown id. Endpoints that return one record by id call this with the record's date.
     */
    public void requireWithinAuditPeriod(Instant recordedAt, String what, Object id) {
        if (auditorScope().filter(scope -> !scope.covers(recordedAt)).isPresent()) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** The verified claims, or empty on a request the door let through without any (health, OpenAPI). */
    public Optional<InternalIdentity.Claims> verified() {
        return Optional.ofNullable(request.getCurrent().get(IdentityDoor.CLAIMS));
    }

    private InternalIdentity.Claims claims() {
        InternalIdentity.Claims claims = request.getCurrent().get(IdentityDoor.CLAIMS);
        if (claims == null) {
            throw new IllegalStateException("No verified identity on this request: is the identity door turned off?");
        }
        return claims;
    }
}
