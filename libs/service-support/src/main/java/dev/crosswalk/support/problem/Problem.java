package dev.crosswalk.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: a JSON-pointer-like path into the request, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
