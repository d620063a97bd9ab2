package dev.crosswalk.gateway.keys;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tenant and API-key administration. The platform operator (header X-Admin-Key) creates tenants and
 * manages every tenant's keys; a person with the {@code admin} role (bearer token) manages the keys of
 * their own tenant only; any other tenant is not found for them.
 */
@Path("/admin/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Tenants and their API keys")
public class AdminResource {
    public static final String ADMIN_KEY = "X-Admin-Key";

    @Inject
    KeyService keys;

    @Inject
    AdminAccess access;

    public record NewTenant(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String id,
                            @NotBlank @Size(max = 200) String name) {
    }

    public record NewKey(@NotBlank @Size(max = 200) String name, @NotEmpty @Size(max = 10) List<@NotBlank String> scopes,
                         @Schema(description = "when the key stops working; none: it works until revoked. Required, "
                                 + "and at most 365 days ahead, for an auditor's key") Instant expiresAt,
                         @Schema(description = "makes it an auditor's key: read scopes only, limited to one audit")
                         @Valid AuditorRestriction auditor) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTenant", summary = "Create a tenant")
    public Response createTenant(@HeaderParam(ADMIN_KEY) String adminKey, @NotNull @Valid NewTenant tenant) {
        access.requireOperator(adminKey);
        Tenant created = keys.createTenant(tenant.id(), tenant.name());
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("/{tenant}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue an API key; the key is in this answer only",
            description = "A key may expire (expiresAt). An auditor's key (auditor) carries read scopes only, expires "
                    + "within 365 days, and sees one audit's period and frameworks; a key that breaks these rules is a 422")
    public Response issue(@HeaderParam(ADMIN_KEY) String adminKey,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("tenant") String tenant, @NotNull @Valid NewKey key) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        return Response.status(201).entity(keys.issue(tenant, key.name(), key.scopes(), key.expiresAt(), key.auditor()))
                .build();
    }

    @GET
    @Path("/{tenant}/keys")
    @Operation(operationId = "listApiKeys",
            summary = "A tenant's keys (never the secrets), with last use, revocation, expiry and auditor restriction")
    public List<KeyService.KeyView> list(@HeaderParam(ADMIN_KEY) String adminKey,
                                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                         @PathParam("tenant") String tenant) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        return keys.keys(tenant);
    }

    @DELETE
    @Path("/{tenant}/keys/{key}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key")
    public Response revoke(@HeaderParam(ADMIN_KEY) String adminKey,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("tenant") String tenant, @PathParam("key") String key) {
        access.requireKeyAdmin(adminKey, authorization, tenant);
        keys.revoke(tenant, key);
        return Response.noContent().build();
    }
}
