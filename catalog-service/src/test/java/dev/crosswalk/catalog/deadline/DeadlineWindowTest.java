package dev.crosswalk.catalog.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 31);

    @Test
    void readsIsoPeriodsWithNinetyDaysAsTheDefault() {
        assertEquals(LocalDate.of(2027, 5, 1), DeadlineWindow.of(null, TODAY).until());
        assertEquals(LocalDate.of(2027, 2, 14), DeadlineWindow.of("P2W", TODAY).until());
        assertEquals(LocalDate.of(2027, 2, 28), DeadlineWindow.of("P1M", TODAY).until());
        assertEquals(LocalDate.of(2028, 1, 31), DeadlineWindow.of("P1Y", TODAY).until());
        assertEquals(TODAY, DeadlineWindow.of("P0D", TODAY).until());
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "PT1H", "P-1D", "P367D", "P13M", "P1Y1D"})
    void refusesMalformedNegativeAndOverlongPeriods(String bad) {
        ProblemException e = assertThrows(ProblemException.class, () -> DeadlineWindow.of(bad, TODAY), bad);
        assertEquals(ProblemType.BAD_PARAMETER, e.type());
        assertEquals("within", e.errors().get(0).field());
    }
}
