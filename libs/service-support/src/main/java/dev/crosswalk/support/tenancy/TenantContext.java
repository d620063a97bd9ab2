package dev.crosswalk.support.tenancy;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * The tenant of the current request. For now the gateway passes it in the {@value #HEADER} header;
 * the gateway issue replaces this with a signed internal identity.
 */
@RequestScoped
public class TenantContext {
    public static final String HEADER = "X-Tenant-Id";
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Inject
    HttpServerRequest request;

    /** The tenant id, or a 401/400 problem when the request carries none or a malformed one. */
    public String require() {
        String tenant = request.getHeader(HEADER);
        if (tenant == null || tenant.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED,
                    "The request carries no tenant identity (" + HEADER + ")");
        }
        if (!TENANT_ID.matcher(tenant).matches()) {
            throw new ProblemException(ProblemType.BAD_PARAMETER,
                    HEADER + " must be 1-63 lowercase letters, digits or '-', starting with a letter or digit");
        }
        return tenant;
    }
}
