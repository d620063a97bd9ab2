package dev.crosswalk.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {
    /** Secret of the platform operator for the tenant and key administration API (header X-Admin-Key). */
    String adminKey();

    /** Base URL of each routed service by its path segment: catalog, evidence, mappings. */
    Map<String, String> routes();

    /** Requests per minute allowed per API key or token subject. */
    @WithDefault("600")
    int requestsPerMinute();

    /**
     * Connections each event loop (two per core by default) keeps open to each service. Vert.x's default
     * of 5 for the whole gateway queued requests behind each other as soon as more than 5 were in flight.
     */
    @WithDefault("16")
    int upstreamConnectionsPerEventLoop();

    /** Which deployment this is (local, staging, production), as the merged OpenAPI document tells clients. */
    @WithDefault("local")
    String environment();

    Jwt jwt();

    interface Jwt {
        /** Issuer people's bearer tokens must carry. */
        String issuer();

        /** PEM public key (or JWKS) location used to verify people's bearer tokens. */
        Optional<String> publicKeyLocation();

        /** Audiences a bearer token must name one of (RFC 8725, 3.9); unchecked when unset. */
        Optional<Set<String>> audience();
    }
}
