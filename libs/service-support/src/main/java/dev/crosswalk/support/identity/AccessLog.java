package dev.crosswalk.support.identity;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemType;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands every request of an auditor-scoped caller, with the status it got, to the {@link AccessRecorder}s. */
public class AccessLog {
    private static final Logger LOG = Logger.getLogger(AccessLog.class);

    @Inject
    Instance<AccessRecorder> recorders;

    @Inject
    Caller caller;

    @Inject
    CurrentVertxRequest current;

    @Inject
    Vertx vertx;

    @ServerResponseFilter
    public void recordAuditorAccess(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<InternalIdentity.Claims> claims = caller.verified();
        if (claims.isEmpty() || claims.get().auditor() == null || recorders.isUnsatisfied()) {
            return;
        }
        AccessEntry entry = new AccessEntry(claims.get().tenantId(), claims.get().subject(), request.getMethod(),
                current.getCurrent().request().uri(), response.getStatus(), Instant.now());
        if (!BlockingOperationControl.isBlockingAllowed()) {
            // answers decided on the event loop (a refusal before any worker ran): recorded beside the answer
            vertx.executeBlocking(() -> record(entry), false)
                    .onFailure(failure -> LOG.errorf(failure, "Access of %s to %s not recorded", entry.subject(), entry.path()));
            return;
        }
        try {
            record(entry);
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Access of %s to %s not recorded; answered 503 instead", entry.subject(), entry.path());
            ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
            response.setStatus(type.status());
            response.getHeaders().remove("Content-Disposition");
            response.setEntity(new Problem(type.uri(), type.title(), type.status(),
                    "This auditor's access could not be recorded, so it is not served; retry shortly", null, List.of()),
                    new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private Void record(AccessEntry entry) {
        for (AccessRecorder recorder : recorders) {
            recorder.recordAccess(entry);
        }
        return null;
    }
}
