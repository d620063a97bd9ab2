package dev.crosswalk.evidence.outbox;

import dev.crosswalk.support.outbox.ParkedOutboxResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** This service's parked outbox rows, for the operator (see ParkedOutboxResource). */
@Path("/api/v1/evidence/outbox/parked")
@Tag(name = "Operations", description = "The platform operator's: events the broker refused, restatements, projection rebuilds")
public class EvidenceOutboxResource extends ParkedOutboxResource {
}
