package dev.crosswalk.evidence.artifacts;

import dev.crosswalk.support.openapi.ProblemDocumentation;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.identity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ArtifactStore.PATH)
@Tag(name = "Artifacts", description = "Files behind evidence, stored once per SHA-256")
public class ArtifactResource {
    public static final String DIGEST_HEADER = "X-Artifact-SHA256";

    @Inject
    ArtifactStore store;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadArtifact", summary = "Upload an artifact (raw body); the SHA-256 is computed here and checked against "
            + DIGEST_HEADER + " when sent")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "unprocessable")
    public Response upload(File body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "hex SHA-256 the client computed") @HeaderParam(DIGEST_HEADER) String digest) {
        String tenantId = caller.tenantId();
        String mediaType = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType;
        ArtifactStore.StoredArtifact stored = store.store(tenantId, body.toPath(), mediaType, digest);
        return Response.created(URI.create(ArtifactStore.PATH + "/" + stored.sha256())).entity(stored).build();
    }

    @GET
    @Path("/{sha256}")
    @Operation(operationId = "downloadArtifact", summary = "Download an artifact the tenant uploaded")
    public Response download(@PathParam("sha256") String sha256) {
        String tenantId = caller.tenantId();
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw ProblemException.notFound("Artifact", sha256);
        }
        ArtifactStore.StoredArtifact artifact = store.find(tenantId, sha256)
                .orElseThrow(() -> ProblemException.notFound("Artifact", sha256));
        return Response.ok(store.fileOf(artifact.sha256()).toFile(), artifact.mediaType())
                .header("ETag", "\"" + artifact.sha256() + "\"").build();
    }
}
