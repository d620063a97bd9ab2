package dev.crosswalk.gateway;

import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The gateway's own PostgreSQL, the broker the catalog publishes to, and the real catalog-service behind it. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(CatalogUpstreamResource.class)
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}
