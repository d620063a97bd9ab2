package dev.crosswalk.gateway.auth;

import dev.crosswalk.support.identity.AuditorScope;
import java.util.Set;

/**
 * Who is calling: a tenant's API key or a person's bearer token, with the scopes that grants and, for an
 * auditor's key, the period and frameworks it is limited to (null otherwise), signed on to the services.
 */
public record Principal(String tenantId, String subject, String kind, Set<String> scopes, AuditorScope auditor) {
    public Principal(String tenantId, String subject, String kind, Set<String> scopes) {
        this(tenantId, subject, kind, scopes, null);
    }
}
