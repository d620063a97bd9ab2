package dev.crosswalk.support.tenancy;

import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.support.identity.VerifiedIdentities;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The tenant of the current request, taken only from the identity the gateway signed
 * ({@value InternalIdentity#HEADER}); a request without a valid one is refused with 401, so going
 * around the gateway gets nothing. ({@value #HEADER} is what the gateway used to send; services ignore it.)
 */
@RequestScoped
public class TenantContext {
    public static final String HEADER = "X-Tenant-Id";

    @Inject
    HttpServerRequest request;

    @Inject
    VerifiedIdentities identities;

    /** The tenant id, or a 401 problem when the request carries no valid identity from the gateway. */
    public String require() {
        return identities.verify(request.getHeader(InternalIdentity.HEADER))
                .map(InternalIdentity.Claims::tenantId)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
                        "The request carries no valid identity from the gateway; call the API through the gateway"));
    }
}
