package dev.crosswalk.gateway.keys;

import dev.crosswalk.gateway.GatewayConfig;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenant and API-key administration for the platform operator (header X-Admin-Key). */
@Path("/admin/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Tenants and their API keys")
public class AdminResource {
    public static final String ADMIN_KEY = "X-Admin-Key";

    @Inject
    KeyService keys;

    @Inject
    GatewayConfig config;

    public record NewTenant(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String id,
                            @NotBlank @Size(max = 200) String name) {
    }

    public record NewKey(@NotBlank @Size(max = 200) String name, @NotEmpty @Size(max = 10) List<@NotBlank String> scopes) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant")
    public Response createTenant(@HeaderParam(ADMIN_KEY) String adminKey, @NotNull @Valid NewTenant tenant) {
        requireAdmin(adminKey);
        Tenant created = keys.createTenant(tenant.id(), tenant.name());
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("/{tenant}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key; the key is in this answer only")
    public Response issue(@HeaderParam(ADMIN_KEY) String adminKey, @PathParam("tenant") String tenant,
                          @NotNull @Valid NewKey key) {
        requireAdmin(adminKey);
        return Response.status(201).entity(keys.issue(tenant, key.name(), key.scopes())).build();
    }

    @GET
    @Path("/{tenant}/keys")
    @Operation(summary = "A tenant's keys (never the secrets), with last use and revocation")
    public List<KeyService.KeyView> list(@HeaderParam(ADMIN_KEY) String adminKey, @PathParam("tenant") String tenant) {
        requireAdmin(adminKey);
        return keys.keys(tenant);
    }

    @DELETE
    @Path("/{tenant}/keys/{key}")
    @Operation(summary = "Revoke a key")
    public Response revoke(@HeaderParam(ADMIN_KEY) String adminKey, @PathParam("tenant") String tenant,
                           @PathParam("key") String key) {
        requireAdmin(adminKey);
        keys.revoke(tenant, key);
        return Response.noContent().build();
    }

    private void requireAdmin(String presented) {
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.adminKey().getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Send the operator's key in " + ADMIN_KEY);
        }
    }
}
