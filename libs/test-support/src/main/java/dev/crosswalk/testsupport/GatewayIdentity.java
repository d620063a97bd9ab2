package dev.crosswalk.testsupport;

import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.support.tenancy.TenantContext;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.Map;

/**
 * Plays the gateway in a service's tests: the service gets the test secret, and every REST Assured
 * request that names a tenant in {@code X-Tenant-Id} is sent with a signed internal identity for that
 * tenant instead, exactly as the gateway sends it. A request with {@value #RAW} goes out untouched, to
 * test that a service refuses what did not come through the gateway.
 */
public class GatewayIdentity implements QuarkusTestResourceLifecycleManager, Filter {
    public static final String TEST_SECRET = "test-only-internal-identity-secret-0123456789";
    public static final String RAW = "X-Test-Raw";

    @Override
    public Map<String, String> start() {
        RestAssured.filters(this);
        return Map.of("crosswalk.identity.secret", TEST_SECRET);
    }

    @Override
    public void stop() {
        RestAssured.replaceFiltersWith(List.of());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String tenant = request.getHeaders().getValue(TenantContext.HEADER);
        if (request.getHeaders().hasHeaderWithName(RAW)) {
            request.removeHeader(RAW);
        } else if (tenant != null && !request.getHeaders().hasHeaderWithName(InternalIdentity.HEADER)) {
            request.removeHeader(TenantContext.HEADER);
            request.header(InternalIdentity.HEADER, token(tenant));
        }
        return context.next(request, response);
    }

    public static String token(String tenant) {
        return InternalIdentity.sign(TEST_SECRET, tenant, "test", List.of());
    }
}
