package dev.crosswalk.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {
    @Test
    void typeUrisAreStableKebabCaseUrns() {
        assertEquals("urn:crosswalk:problem:validation-failed", ProblemType.VALIDATION_FAILED.uri().toString());
        assertEquals("urn:crosswalk:problem:precondition-required", ProblemType.PRECONDITION_REQUIRED.uri().toString());
        assertEquals(ProblemType.values().length,
                Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count());
    }

    @Test
    void frameworkStatusesMapToTheirTypes() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.forStatus(400));
        assertEquals(ProblemType.UNPROCESSABLE, ProblemType.forStatus(418));
        assertEquals(ProblemType.BAD_GATEWAY, ProblemType.forStatus(502));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(507));
    }
}
