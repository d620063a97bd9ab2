package dev.crosswalk.support.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import org.junit.jupiter.api.Test;

class VersionTagTest {
    @Test
    void readsStrongWeakAndWildcardTags() {
        assertEquals(3L, VersionTag.expectedVersion("\"3\"", true));
        assertEquals(3L, VersionTag.expectedVersion("W/\"3\"", true));
        assertNull(VersionTag.expectedVersion("*", true));
        assertNull(VersionTag.expectedVersion(null, false));
    }

    @Test
    void missingTagIsPreconditionRequiredWhenRequired() {
        ProblemException e = assertThrows(ProblemException.class, () -> VersionTag.expectedVersion(" ", true));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, e.type());
    }

    @Test
    void foreignOrStaleTagIsPreconditionFailed() {
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> VersionTag.expectedVersion("\"abc\"", true)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> VersionTag.check(2L, 3L)).type());
        assertDoesNotThrow(() -> VersionTag.check(3L, 3L));
        assertDoesNotThrow(() -> VersionTag.check(null, 3L));
    }
}
