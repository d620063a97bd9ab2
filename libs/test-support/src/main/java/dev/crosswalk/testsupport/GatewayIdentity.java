package dev.crosswalk.testsupport;

import dev.crosswalk.support.identity.AuditorScope;
import dev.crosswalk.support.identity.InternalIdentity;
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
 * request is sent with a signed internal identity, exactly as the gateway sends it: for the tenant named
 * in {@value #TENANT_HEADER} (which is removed), or for {@value #ANY_TENANT} when none is named. A request
 * with {@value #OPERATOR} gets the platform operator's scope as well, one with {@value #SUBJECT} is signed for
 * that subject instead of {@value #DEFAULT_SUBJECT}; one with {@value #RAW} goes out untouched, to test that a
 * service refuses what did not come through the gateway.
 */
public class GatewayIdentity implements QuarkusTestResourceLifecycleManager, Filter {
    public static final String TEST_SECRET = "test-only-internal-identity-secret-0123456789";
    public static final String RAW = "X-Test-Raw";
    public static final String OPERATOR = "X-Test-Operator";
    /** Names the tenant a test request is for; replaced by a signed identity before it is sent. */
    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String ANY_TENANT = "test-any-tenant";
    /** Names who the signed identity says is calling (the gateway's {@code key:<id>} or {@code user:<sub>}). */
    public static final String SUBJECT = "X-Test-Subject";
    public static final String DEFAULT_SUBJECT = "test";

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
        if (request.getHeaders().hasHeaderWithName(RAW)) {
            request.removeHeader(RAW);
        } else if (!request.getHeaders().hasHeaderWithName(InternalIdentity.HEADER)) {
            String tenant = request.getHeaders().getValue(TENANT_HEADER);
            boolean operator = request.getHeaders().hasHeaderWithName(OPERATOR);
            String subject = request.getHeaders().getValue(SUBJECT);
            request.removeHeader(TENANT_HEADER);
            request.removeHeader(OPERATOR);
            request.removeHeader(SUBJECT);
            request.header(InternalIdentity.HEADER, InternalIdentity.sign(TEST_SECRET, tenant == null ? ANY_TENANT : tenant,
                    subject == null ? DEFAULT_SUBJECT : subject, operator ? List.of(InternalIdentity.OPERATOR_SCOPE) : List.of()));
        }
        return context.next(request, response);
    }

    public static String token(String tenant) {
        return InternalIdentity.sign(TEST_SECRET, tenant, DEFAULT_SUBJECT, List.of());
    }

    /**
     * The identity the gateway signs for an auditor's key limited to {@code scope}; sent in
     * {@link InternalIdentity#HEADER}, it goes out as it is.
     */
    public static String auditor(String tenant, String subject, AuditorScope scope) {
        return InternalIdentity.sign(TEST_SECRET, tenant, subject, List.of(), scope);
    }
}
