package dev.crosswalk.evidence.outbox;

import dev.crosswalk.support.outbox.RestatementResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restatements of every evidence record, for the operator (see RestatementResource). */
@Path("/api/v1/evidence/restatements")
@Tag(name = "Operations")
public class EvidenceRestatementResource extends RestatementResource {
}
