package dev.crosswalk.catalog.changelog;

import dev.crosswalk.support.changelog.ChangeLogResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who changed what in this service, for the calling tenant (see ChangeLogResource). */
@Path("/api/v1/catalog/change-log")
@Tag(name = "Change log and trail")
public class CatalogChangeLogResource extends ChangeLogResource {
}
