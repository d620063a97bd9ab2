package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.problem.FieldErrors;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * Reads a bulk item into a request as the single post's body is read (field types, then bean validation), so
 * each item can be answered with its own problem instead of failing the whole request.
 */
@ApplicationScoped
class BulkItemReader {
    @Inject
    ObjectMapper objectMapper;

    @Inject
    Validator validator;

    /** A bulk item as read: a request with its idempotency key (null for none), or why it is refused. */
    sealed interface Read {
    }

    record Readable(EvidenceRequest request, String key) implements Read {
    }

    record Refused(ProblemException problem) implements Read {
    }

    Read read(BulkItem item) {
        try {
            if (item.unreadable() != null) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, item.unreadable());
            }
            JsonNode json = item.json();
            String key = IdempotencyKeys.check(
                    json.path("idempotencyKey").isTextual() ? json.path("idempotencyKey").asText() : null);
            return new Readable(parse(json), key);
        } catch (ProblemException e) {
            return new Refused(e);
        }
    }

    private EvidenceRequest parse(JsonNode item) {
        EvidenceRequest request;
        try {
            if (!item.isObject()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "An item must be a JSON object");
            }
            request = objectMapper.treeToValue(item, EvidenceRequest.class);
        } catch (JsonMappingException e) {
            FieldError error = FieldErrors.of(e);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Field '" + error.field() + "' " + error.message(),
                    List.of(error));
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The item is not valid JSON");
        }
        Set<ConstraintViolation<EvidenceRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = FieldErrors.of(violations);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are invalid", errors);
        }
        return request;
    }
}
