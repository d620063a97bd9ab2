package dev.crosswalk.mapping.reports;

import dev.crosswalk.mapping.coverage.CoverageViews.Gap;
import dev.crosswalk.mapping.coverage.CoverageViews.Gaps;
import java.util.ArrayList;
import java.util.List;

/** The gap report as one sheet. */
final class GapTable {
    private GapTable() {
    }

    static ReportTable of(Gaps gaps) {
        List<List<Object>> rows = new ArrayList<>();
        for (Gap gap : gaps.gaps()) {
            rows.add(List.of(gap.ref(), gap.group(), gap.status().name(), gap.closes(), gap.alsoHelps(), gap.reason()));
        }
        return new ReportTable("Gaps " + gaps.framework().replace(':', ' '), List.of("Requirement", "Group", "Status",
                "Closes", "Also helps", "Why"), rows);
    }
}
