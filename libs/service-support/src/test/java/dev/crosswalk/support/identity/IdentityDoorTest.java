package dev.crosswalk.support.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityDoorTest {
    @ParameterizedTest
    @CsvSource({
            "/q, true", "/q/health, true", "/q/health/ready, true", "/q/openapi, true", "/q/metrics, true",
            "/qx, false", "/quarkus, false", "/, false", "/api/v1/catalog/controls, false", "/api, false",
            "/openapi, false", "/test-only/body-echo, false", "/api/v1/q/health, false"})
    void onlyHealthOpenApiAndMetricsAreOpen(String normalizedPath, boolean open) {
        assertEquals(open, IdentityDoor.isOpen(normalizedPath), normalizedPath);
    }
}
