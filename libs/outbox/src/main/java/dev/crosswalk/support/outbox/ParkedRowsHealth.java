package dev.crosswalk.support.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Down at {@code /q/health/well} while any outbox row is parked: the service runs and serves (liveness and
 * readiness stay up), but an event is not delivered until an operator looks at it.
 */
@Wellness
@ApplicationScoped
public class ParkedRowsHealth implements HealthCheck {
    @Inject
    ParkedOutboxRows parked;

    @Override
    public HealthCheckResponse call() {
        long count = parked.count();
        return HealthCheckResponse.named("outbox-parked-rows").status(count == 0).withData("parked", count).build();
    }
}
