package dev.crosswalk.catalog.soc2scope;

import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/soc2-scope")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SOC 2 scope", description = "Which Trust Services categories the tenant's SOC 2 report covers")
public class Soc2ScopeResource {
    @Inject
    Soc2ScopeService scopes;

    @Inject
    Caller caller;

    /** {@code categories}: availability, confidentiality, processing_integrity, privacy; security is always added. */
    public record ScopeRequest(@NotNull @Size(max = 5) List<@NotNull TscCategory> categories) {
    }

    @GET
    @Operation(operationId = "getSoc2Scope",
            summary = "The categories the tenant's SOC 2 report covers now (all five until it decides)")
    public Soc2ScopeService.Scope current() {
        return scopes.current(caller.tenantId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideSoc2Scope",
            summary = "Choose the categories of the SOC 2 report (security is always in); recorded as who decided, with history")
    public Soc2ScopeService.Scope decide(@NotNull @Valid ScopeRequest request) {
        return scopes.decide(caller.tenantId(), request.categories(), caller.subject());
    }

    @GET
    @Path("/history")
    @Operation(operationId = "listSoc2ScopeHistory", summary = "Every choice of the tenant, newest first")
    public List<Soc2ScopeService.Scope> history() {
        return scopes.history(caller.tenantId());
    }
}
