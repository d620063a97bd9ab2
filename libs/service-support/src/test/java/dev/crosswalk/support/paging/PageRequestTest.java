package dev.crosswalk.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void defaultsWhenAbsent() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.of(null, " "));
    }

    @Test
    void acceptsTheBounds() {
        assertEquals(new PageRequest(0, 1), PageRequest.of("0", "1"));
        assertEquals(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE),
                PageRequest.of(String.valueOf(PageRequest.MAX_PAGE), String.valueOf(PageRequest.MAX_SIZE)));
        assertEquals(100, PageRequest.of("2", "50").offset());
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of("-1", "201"));
        assertEquals(ProblemType.BAD_PARAMETER, e.type());
        assertEquals(2, e.errors().size());
        ProblemException notNumbers = assertThrows(ProblemException.class, () -> PageRequest.of("one", "1e3"));
        assertEquals(2, notNumbers.errors().size());
        assertEquals("must be a whole number", notNumbers.errors().get(0).message());
    }
}
