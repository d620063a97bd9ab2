package dev.crosswalk.support.identity;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds a caller whose identity carries an {@link AuditorScope} to it, in one place for every endpoint. Only
 * reads marked {@code @Extension(name = AuditorReadable.EXTENSION, value = ...)} are open to it (every other
 * operation answers 403, so a new endpoint is closed to auditors until someone marks it); the value says
 * which parameters carry a period or a framework ({@link AuditorMarker}): a framework outside the scope is a
 * 403, and the period is narrowed to the audit's before the endpoint reads its parameters.
 * <p>
 * The period is narrowed by replacing the request URI's query here, after matching: matching needs nothing
 * of the query, this filter needs the matched method to read its marker, and parameters are extracted after
 * the filters, so the endpoint sees only the narrowed values and needs no code of its own. (A pre-matching
 * filter could use {@code ContainerRequestContext#setRequestUri} but would not know the method yet.)
 */
public class AuditorReadable {
    public static final String EXTENSION = "x-crosswalk-auditor-readable";

    private final Map<Method, Optional<AuditorMarker>> markers = new ConcurrentHashMap<>();

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void holdAuditorsToTheirScope(ResourceInfo resource, ContainerRequestContext request) {
        Optional<AuditorScope> scope = caller.verified().flatMap(InternalIdentity.Claims::auditorScope);
        if (scope.isEmpty()) {
            return;
        }
        Method method = resource.getResourceMethod();
        Optional<AuditorMarker> marker = method == null ? Optional.empty() : markers.computeIfAbsent(method, AuditorReadable::marker);
        if (marker.isEmpty() || !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "An auditor's key may only call reads marked "
                    + EXTENSION + " in the API document; this operation is not one");
        }
        UriInfo uri = request.getUriInfo();
        marker.get().checkFramework(scope.get(), name -> uri.getQueryParameters().getFirst(name),
                name -> uri.getPathParameters().getFirst(name));
        Map<String, String> narrowed = marker.get().narrow(scope.get(), Instant.now(),
                name -> uri.getQueryParameters().getFirst(name));
        if (!narrowed.isEmpty()) {
            UriBuilder builder = UriBuilder.fromUri(uri.getRequestUri());
            narrowed.forEach(builder::replaceQueryParam);
            replaceUri(builder.build());
        }
    }

    static Optional<AuditorMarker> marker(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .filter(extension -> extension.name().equals(EXTENSION))
                .findFirst().map(extension -> AuditorMarker.parse(extension.value()));
    }

    /**
     * The request context's own URI replacement, which the JAX-RS view allows before matching only; it
     * re-reads the query parameters the endpoint's parameters are then taken from.
     */
    private static void replaceUri(URI uri) {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (context == null) {
            throw new IllegalStateException("Cannot narrow the request to the audit period: no current request");
        }
        context.setRequestUri(uri);
    }
}
