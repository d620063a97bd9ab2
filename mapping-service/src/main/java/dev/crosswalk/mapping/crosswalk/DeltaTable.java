package dev.crosswalk.mapping.crosswalk;

import dev.crosswalk.mapping.crosswalk.CrosswalkViews.Delta;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.DeltaItem;
import dev.crosswalk.mapping.crosswalk.CrosswalkViews.LinkView;
import dev.crosswalk.mapping.reports.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The delta between frameworks as one work list: build what has no counterpart, complete what is partial. */
final class DeltaTable {
    private DeltaTable() {
    }

    static ReportTable of(Delta delta) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeltaItem item : delta.noCounterpart()) {
            rows.add(List.of(item.ref(), item.group(), "build: no counterpart", item.reason(), "", ""));
        }
        for (DeltaItem item : delta.partialOnly()) {
            String from = item.partialLinks().stream()
                    .map(l -> l.to().ref() + " (" + l.relationship().inverse().name() + ", " + l.strength() + ")")
                    .collect(Collectors.joining("; "));
            rows.add(List.of(item.ref(), item.group(), "complete: partly covered",
                    item.partialLinks().stream().map(LinkView::rationale).collect(Collectors.joining(" | ")), from,
                    String.join(" | ", item.missing())));
        }
        rows.sort((a, b) -> RefOrder.COMPARATOR.compare((String) a.get(0), (String) b.get(0)));
        return new ReportTable("Delta " + delta.framework().replace(':', ' ') + " for " + delta.holding().replace(':', ' '),
                List.of("Requirement", "Group", "Work", "Why", "Partly covered by", "Missing"), rows);
    }
}
