package dev.crosswalk.support.outbox;

import java.util.List;

/**
 * One kind of state a service owns (its controls, its evidence records...), read in pages in a stable key
 * order for a {@link Restatements restatement}: each entity as one event carrying its whole current state,
 * the same data its ordinary events carry, so a consumer applies it like any other (newest version wins).
 */
public interface StateSource {
    /** Sources are restated in this order, lowest first (e.g. controls before the evidence that names them). */
    int order();

    /** For progress and logs, e.g. {@code controls}. */
    String name();

    /** How many entities there are now (for progress; the pages decide what is restated). */
    long count();

    /** At most {@code limit} entities after {@code afterKey} (null: from the first), in key order. */
    Page page(String afterKey, int limit);

    /** A page's events and the key of its last entity (null when there were none: the source is done). */
    record Page(List<OutboxWriter.Pending> events, String lastKey) {
    }
}
