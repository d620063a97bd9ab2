package dev.crosswalk.mapping.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For each control, its records that are linked to other controls too. Counting a group of controls' records
 * as the sum of their counts counts such a record once per control of the group; {@link #doubleCounts} is how
 * many to take out so that each counts once.
 */
public record SharedRecords(Map<UUID, List<UUID>> recordsOf) {
    public static final SharedRecords NONE = new SharedRecords(Map.of());

    /** The second and later links, within {@code controls}, of every record some of them share. */
    public long doubleCounts(Collection<UUID> controls) {
        Map<UUID, Integer> links = new HashMap<>();
        for (UUID control : controls) {
            for (UUID record : recordsOf.getOrDefault(control, List.of())) {
                links.merge(record, 1, Integer::sum);
            }
        }
        return links.values().stream().mapToLong(n -> n - 1).sum();
    }
}
