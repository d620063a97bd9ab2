package dev.crosswalk.catalog.scope;

import java.time.Instant;
import java.util.List;

public record ScopeView(int version, String summary, List<String> locations, List<String> systems,
                        List<String> services, List<String> businessUnits, List<ScopeExclusion> exclusions,
                        String recordedBy, Instant recordedAt) {
    static ScopeView of(ScopeVersion s) {
        return new ScopeView(s.version, s.summary, s.locations, s.systems, s.services, s.businessUnits, s.exclusions,
                s.recordedBy, s.recordedAt);
    }
}
