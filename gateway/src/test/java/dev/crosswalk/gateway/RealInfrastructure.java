package dev.crosswalk.gateway;

import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The gateway's own PostgreSQL, the broker the catalog publishes to, and the real services behind it. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(SuiteUpstreamResource.class)
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}
