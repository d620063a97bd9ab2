package dev.crosswalk.catalog.controlset;

import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog/control-set/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controls", description = "The tenant's own control set")
public class ControlSetResource {
    /** The largest file accepted, and the most controls in one. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 1000;

    @Inject
    ControlSetImport imports;

    @Inject
    Caller caller;

    @POST
    @Consumes({"text/csv", ControlSheet.XLSX})
    @Operation(operationId = "importControlSet",
            summary = "Import the tenant's control set from CSV or XLSX (columns ref, name, description, owner, "
            + "frequency, iso27001_2022, soc2_tsc_2017); dryRun=true answers per row what would happen; otherwise all "
            + "rows or none (a 422 problem names each refused row and column); at most 1 MiB and 1000 controls")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public ImportResult importSheet(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                    @Parameter(description = "true: only check and say what would happen")
                                    @QueryParam("dryRun") String dryRun, byte[] body) {
        String tenantId = caller.tenantId();
        boolean checkOnly = dryRun(dryRun);
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The body must be the control-set file",
                    List.of(new FieldError("file", "is empty")));
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A control-set file may be at most "
                    + MAX_BYTES + " bytes; import it in parts");
        }
        boolean xlsx = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(ControlSheet.XLSX);
        return imports.importSheet(tenantId, ControlSheet.read(body, xlsx, MAX_ROWS), checkOnly);
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'dryRun' must be true or false",
                List.of(new FieldError("dryRun", "must be true or false")));
    }
}
