package dev.crosswalk.catalog.scope;

import java.time.Instant;
import java.util.List;

/** {@code recordedBy} is the verified subject, {@code recordedByName} what the client typed, shown apart. */
public record ScopeView(int version, String summary, List<String> locations, List<String> systems,
                        List<String> services, List<String> businessUnits, List<ScopeExclusion> exclusions,
                        String recordedBy, String recordedByName, Instant recordedAt) {
    static ScopeView of(ScopeVersion s) {
        return new ScopeView(s.version, s.summary, s.locations, s.systems, s.services, s.businessUnits, s.exclusions,
                s.recordedBy, s.recordedByName, s.recordedAt);
    }
}
