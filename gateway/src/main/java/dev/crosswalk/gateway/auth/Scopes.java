package dev.crosswalk.gateway.auth;

import java.util.Set;

/** The scopes an API key may carry, one read and one write scope per routed service. */
public final class Scopes {
    public static final Set<String> ALL = Set.of("catalog:read", "catalog:write", "evidence:read", "evidence:write",
            "mappings:read", "mappings:write");
    public static final Set<String> READ = Set.of("catalog:read", "evidence:read", "mappings:read");
    /** Managing the own tenant's API keys: a person's admin role grants it; no API key can carry it. */
    public static final String KEYS_ADMIN = "keys:admin";

    private Scopes() {
    }

    /** The scope a request needs: the service of its path, and read for GET/HEAD, write otherwise. */
    public static String required(String service, String method) {
        return service + (method.equals("GET") || method.equals("HEAD") ? ":read" : ":write");
    }
}
