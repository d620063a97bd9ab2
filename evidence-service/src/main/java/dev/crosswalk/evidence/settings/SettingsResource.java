package dev.crosswalk.evidence.settings;

import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evidence/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence settings", description = "The tenant's rules for evidence, such as segregation of duties in reviews")
public class SettingsResource {
    @Inject
    SettingsService settings;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getEvidenceSettings", summary = "The tenant's evidence settings (segregation of duties is on until turned off)")
    public SettingsView get() {
        return settings.of(caller.tenantId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEvidenceSettings", summary = "Replace the tenant's evidence settings; recorded with who changed them")
    public SettingsView update(@NotNull @Valid SettingsRequest request) {
        return settings.update(caller.tenantId(), request, caller.subject());
    }
}
