package dev.crosswalk.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.crosswalk.support.persistence.DatabaseUnavailable;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into RFC 9457 problem+json. Messages from
 * libraries (Jackson, Hibernate) are never echoed, since they name internal classes; the detail is
 * written here instead.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = FieldErrors.of(e.getConstraintViolations());
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED,
                errors.size() + " field(s) are invalid", path(uri), errors);
    }

    /** Declared for the exact types Quarkus REST Jackson maps itself, so ours win. */
    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Problem.FieldError error = FieldErrors.of(mapping);
            return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "Field '" + error.field() + "' " + error.message(),
                    path(uri), List.of(error));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where, path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request; read it again and retry", path(uri));
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONFLICT, "The request conflicts with existing data", path(uri));
    }

    /** PostgreSQL refused a value (SQLSTATE class 22: a NUL character, a number out of range...): bad input. */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.debugf("Data exception on %s: %s", path(uri), e.getMessage());
        return ProblemResponses.of(ProblemType.BAD_PARAMETER, "A value of the request cannot be stored or compared "
                + "(for example a NUL character or a number out of range)", path(uri));
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return databaseUnavailable(e, uri);
    }

    /** The database is down, restarting or dropped the connection: a retry later will do. */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database is unavailable and the request did not complete; retry shortly "
                        + "(a retry with the same Idempotency-Key never records twice)", path(uri)))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps body-reading failures in a plain 400 Bad Request.
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing is found at " + path(uri);
            case 405 -> "This resource does not support that method";
            case 415 -> "Send the body as application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "Request rejected"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.of(type, detail, path(uri)));
        return answer.status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, uri);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.DataException data) {
                return unstorableValue(data, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s, on %s", incident, path(uri));
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote incident " + incident + " to support", path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
