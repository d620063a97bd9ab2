package dev.crosswalk.mapping.crosswalk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The requirement ids of the standards, spelled out from their numbering (independent of the data files). */
final class StandardIds {
    private StandardIds() {
    }

    /** The 93 Annex A controls of ISO/IEC 27001:2022. */
    static Set<String> iso2022AnnexA() {
        Set<String> ids = new LinkedHashSet<>();
        range(ids, "A.5.", 37);
        range(ids, "A.6.", 8);
        range(ids, "A.7.", 14);
        range(ids, "A.8.", 34);
        return ids;
    }

    /** The 34 management-system clauses of ISO/IEC 27001:2022 (4.1 to 10.2 with the sub-clauses of 6.1, 7.5, 9.2, 9.3). */
    static Set<String> iso2022Clauses() {
        Set<String> ids = new LinkedHashSet<>();
        range(ids, "4.", 4);
        range(ids, "5.", 3);
        ids.add("6.1");
        range(ids, "6.1.", 3);
        ids.addAll(List.of("6.2", "6.3"));
        range(ids, "7.", 5);
        range(ids, "7.5.", 3);
        range(ids, "8.", 3);
        ids.addAll(List.of("9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3"));
        range(ids, "10.", 2);
        return ids;
    }

    /** The 61 Trust Services Criteria. */
    static Set<String> tsc2017() {
        Set<String> ids = new LinkedHashSet<>();
        int[] cc = {5, 3, 4, 2, 3, 8, 5, 1, 2};
        for (int i = 0; i < cc.length; i++) {
            range(ids, "CC" + (i + 1) + ".", cc[i]);
        }
        range(ids, "A1.", 3);
        range(ids, "C1.", 2);
        range(ids, "PI1.", 5);
        int[] p = {1, 1, 2, 3, 2, 7, 1, 1};
        for (int i = 0; i < p.length; i++) {
            range(ids, "P" + (i + 1) + ".", p[i]);
        }
        return ids;
    }

    /** The 114 Annex A controls of ISO/IEC 27001:2013, by control objective. */
    static Set<String> iso2013AnnexA() {
        String[] objectives = {"5.1:2", "6.1:5", "6.2:2", "7.1:2", "7.2:3", "7.3:1", "8.1:4", "8.2:3", "8.3:3",
                "9.1:2", "9.2:6", "9.3:1", "9.4:5", "10.1:2", "11.1:6", "11.2:9", "12.1:4", "12.2:1", "12.3:1",
                "12.4:4", "12.5:1", "12.6:2", "12.7:1", "13.1:3", "13.2:4", "14.1:3", "14.2:9", "14.3:1", "15.1:3",
                "15.2:2", "16.1:7", "17.1:3", "17.2:1", "18.1:5", "18.2:3"};
        Set<String> ids = new LinkedHashSet<>();
        for (String objective : objectives) {
            String[] parts = objective.split(":");
            range(ids, "A." + parts[0] + ".", Integer.parseInt(parts[1]));
        }
        return ids;
    }

    static final List<String> NEW_IN_2022 = List.of("A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10",
            "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28");

    private static void range(Set<String> into, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + i);
        }
        into.addAll(ids);
    }
}
