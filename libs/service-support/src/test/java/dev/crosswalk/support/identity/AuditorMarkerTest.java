package dev.crosswalk.support.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditorMarkerTest {
    private static final AuditorScope H1 = new AuditorScope(null, LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-06-30"), List.of("iso27001:2022"));
    private static final Instant DURING = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-09-01T12:00:00Z");

    @Test
    void instantBoundsAreTheAuditsWhenMissingAndNarrowedToItWhenWider() {
        AuditorMarker marker = AuditorMarker.parse("period=instants:from..to");
        assertEquals(Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-07-01T00:00:00Z"),
                marker.narrow(H1, DURING, Map.<String, String>of()::get));
        assertEquals(Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-07-01T00:00:00Z"),
                marker.narrow(H1, DURING, Map.of("from", "2026-02-01T00:00:00Z", "to", "2027-01-01T00:00:00Z")::get));
        assertOutside(() -> marker.narrow(H1, DURING, Map.of("from", "2026-07-01T00:00:00Z")::get));
        assertOutside(() -> marker.narrow(H1, DURING, Map.of("to", "2026-01-01T00:00:00Z")::get));
        assertEquals(Map.of(), marker.narrow(H1, DURING, Map.of("from", "last tuesday")::get));
    }

    @Test
    void daysAreWholeAndBothIncluded() {
        AuditorMarker marker = AuditorMarker.parse("period=days:start..end framework=fixed:soc2-tsc:2017");
        assertEquals(Map.of("start", "2026-03-01", "end", "2026-06-30"),
                marker.narrow(H1, DURING, Map.of("start", "2026-03-01", "end", "2026-12-31")::get));
        assertEquals(Map.of("start", "2026-06-30", "end", "2026-06-30"),
                marker.narrow(H1, DURING, Map.of("start", "2026-06-30")::get));
        assertOutside(() -> marker.narrow(H1, DURING, Map.of("end", "2025-12-31")::get));
    }

    @Test
    void aMomentIsTheAuditsLastSecondOnceItIsOverAndRefusedOutsideIt() {
        AuditorMarker marker = AuditorMarker.parse("period=moment:asOf");
        assertEquals(Map.of(), marker.narrow(H1, DURING, Map.<String, String>of()::get));
        assertEquals(Map.of("asOf", "2026-06-30T23:59:59Z"), marker.narrow(H1, AFTER, Map.<String, String>of()::get));
        assertEquals(Map.of(), marker.narrow(H1, AFTER, Map.of("asOf", "2026-05-01T00:00:00Z")::get));
        assertOutside(() -> marker.narrow(H1, AFTER, Map.of("asOf", "2026-07-01T00:00:00Z")::get));
        assertOutside(() -> marker.narrow(H1, Instant.parse("2025-12-01T00:00:00Z"), Map.<String, String>of()::get));
    }

    @Test
    void aFrameworkOutsideTheScopeIsRefusedWhereverTheOperationNamesIt() {
        Map<String, String> none = Map.of();
        AuditorMarker.parse("framework=query:framework").checkFramework(H1, Map.of("framework", " iso27001:2022")::get, none::get);
        AuditorMarker.parse("framework=query:framework").checkFramework(H1, none::get, none::get);
        assertForbidden(() -> AuditorMarker.parse("framework=query:framework")
                .checkFramework(H1, Map.of("framework", "soc2-tsc:2017")::get, none::get));
        assertForbidden(() -> AuditorMarker.parse("framework=path:frameworkId")
                .checkFramework(H1, none::get, Map.of("frameworkId", "iso27001:2013")::get));
        assertForbidden(() -> AuditorMarker.parse("framework=fixed:soc2-tsc:2017").checkFramework(H1, none::get, none::get));
    }

    @Test
    void aMalformedMarkerIsAProgrammingError() {
        for (String value : List.of("", "yes", "period=instants:from", "period=weeks:a..b", "framework=header:x", "colour=red")) {
            assertThrows(IllegalStateException.class, () -> AuditorMarker.parse(value), value);
        }
    }

    private static void assertOutside(Runnable narrowing) {
        ProblemException refused = assertThrows(ProblemException.class, narrowing::run);
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals(true, refused.getMessage().contains("2026-01-01 to 2026-06-30"), refused.getMessage());
    }

    private static void assertForbidden(Runnable check) {
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class, check::run).type());
    }
}
