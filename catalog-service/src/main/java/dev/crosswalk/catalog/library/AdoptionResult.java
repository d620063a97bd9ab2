package dev.crosswalk.catalog.library;

import java.util.List;
import java.util.UUID;

/**
 * What an adoption did: {@code created} controls (with their mappings announced), those {@code alreadyAdopted}
 * (nothing changed), and those {@code refused} with why (a control of the tenant's own already has the ref code).
 */
public record AdoptionResult(String libraryId, String libraryVersion, List<Adopted> created, List<Adopted> alreadyAdopted,
                             List<Refused> refused) {

    public record Adopted(String libraryId, UUID controlId, String refCode, int requirements) {
    }

    public record Refused(String libraryId, String reason) {
    }
}
