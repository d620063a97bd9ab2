package dev.crosswalk.catalog;

import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against one real PostgreSQL and one real Kafka broker. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(GatewayIdentity.class)
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}
