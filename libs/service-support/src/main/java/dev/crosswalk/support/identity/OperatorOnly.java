package dev.crosswalk.support.identity;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Endpoints that write data every tenant sees (frameworks, the shared crosswalk) carry
 * {@code @Extension(name = OperatorOnly.EXTENSION, value = "true")}: their OpenAPI operation says so to
 * clients (and to the test that probes every operation), and this filter refuses any caller without
 * {@link InternalIdentity#OPERATOR_SCOPE}, which no tenant's key or token can hold, with a 403 problem
 * before the body is read. One annotation, so the document and the check cannot disagree.
 */
public class OperatorOnly {
    public static final String EXTENSION = "x-crosswalk-operator-only";

    private final Map<Method, Boolean> marked = new ConcurrentHashMap<>();

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void refuseTenants(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && marked.computeIfAbsent(method, OperatorOnly::isMarked) && !caller.isOperator()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the platform operator may call this: it writes, or reads across, data every tenant shares");
        }
    }

    static boolean isMarked(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .anyMatch(extension -> extension.name().equals(EXTENSION) && extension.value().equals("true"));
    }
}
