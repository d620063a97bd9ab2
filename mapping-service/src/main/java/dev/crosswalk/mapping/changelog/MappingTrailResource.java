package dev.crosswalk.mapping.changelog;

import dev.crosswalk.support.trail.TrailResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling tenant's hash-chained trail in this service (see TrailResource). */
@Path("/api/v1/mappings/trail")
@Tag(name = "Change log and trail")
public class MappingTrailResource extends TrailResource {
}
