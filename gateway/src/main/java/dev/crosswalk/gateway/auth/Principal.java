package dev.crosswalk.gateway.auth;

import java.util.Set;

/** Who is calling: a tenant's API key or a person's bearer token, with the scopes that grants. */
public record Principal(String tenantId, String subject, String kind, Set<String> scopes) {
}
