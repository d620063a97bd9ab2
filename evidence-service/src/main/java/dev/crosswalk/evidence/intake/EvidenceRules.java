package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.support.problem.Problem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules a record must meet beyond field formats: time order, freshness and metadata size. */
final class EvidenceRules {
    private EvidenceRules() {
    }

    /**
     * @param metadataJson the request's metadata as serialised by {@link #metadataJson}, which is what
     *                     its size is measured on
     */
    static List<FieldError> check(EvidenceRequest request, Instant now, EvidenceConfig config, byte[] metadataJson) {
        List<FieldError> errors = new ArrayList<>();
        if (request.collectedAt().isAfter(now.plus(config.clockSkew()))) {
            errors.add(new FieldError("collectedAt", "must not be in the future"));
        }
        if (request.validUntil() != null && request.validForDays() != null) {
            errors.add(new FieldError("validUntil", "give validUntil or validForDays, not both"));
        } else if (request.validUntil() != null && !request.validUntil().isAfter(request.collectedAt())) {
            errors.add(new FieldError("validUntil", "must be after collectedAt"));
        }
        if (request.controls().stream().distinct().count() != request.controls().size()) {
            errors.add(new FieldError("controls", "must not name a control twice"));
        }
        if (request.metadata() != null && !request.metadata().isNull()) {
            if (!request.metadata().isObject()) {
                errors.add(new FieldError("metadata", "must be a JSON object"));
            } else if (metadataJson == null || metadataJson.length > config.maxMetadataBytes()) {
                errors.add(new FieldError("metadata", "must be at most " + config.maxMetadataBytes() + " bytes as JSON"));
            }
        }
        return errors;
    }

    static Instant validUntil(EvidenceRequest request, EvidenceConfig config) {
        if (request.validUntil() != null) {
            return request.validUntil();
        }
        Duration validity = request.validForDays() != null ? Duration.ofDays(request.validForDays())
                : config.defaultValidity();
        return request.collectedAt().plus(validity);
    }

    /**
     * The metadata object as JSON (UTF-8), measured by {@link #check} and stored as it is; null when the
     * request has no metadata object, or when it cannot be serialised (which {@link #check} refuses).
     */
    static byte[] metadataJson(EvidenceRequest request, ObjectMapper json) {
        if (request.metadata() == null || !request.metadata().isObject()) {
            return null;
        }
        try {
            return json.writeValueAsBytes(request.metadata());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
