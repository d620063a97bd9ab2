package dev.crosswalk.catalog.outbox;

import dev.crosswalk.support.outbox.RestatementResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restatements of the catalogue's state, for the operator (see RestatementResource). */
@Path("/api/v1/catalog/restatements")
@Tag(name = "Operations")
public class CatalogRestatementResource extends RestatementResource {
}
