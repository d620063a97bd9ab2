package dev.crosswalk.support.problem;

import java.net.URI;

/**
 * The stable problem types of the suite's API. Clients switch on {@link #uri()}; titles never change
 * for a type, details do.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "Request validation failed"),
    MALFORMED_REQUEST(400, "Malformed request body"),
    BAD_PARAMETER(400, "Invalid request parameter"),
    URI_TOO_LONG(414, "URI too long"),
    UNAUTHENTICATED(401, "Missing or invalid identity"),
    FORBIDDEN(403, "Operation not permitted"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Request cannot be processed"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key already used for a different request"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    BAD_GATEWAY(502, "Bad gateway"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private static final String URN_PREFIX = "urn:crosswalk:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + name().toLowerCase().replace('_', '-'));
    }

    /** The type that fits an HTTP status raised by the framework itself (404 for an unknown path...). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED && type != BAD_PARAMETER
                    && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        if (status >= 500) {
            return INTERNAL_ERROR;
        }
        return status == 400 ? MALFORMED_REQUEST : UNPROCESSABLE;
    }
}
