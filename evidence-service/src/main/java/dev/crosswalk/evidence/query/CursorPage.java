package dev.crosswalk.evidence.query;

import java.util.List;

/** One page of a cursor-paginated list; {@code nextCursor} is null on the last page. */
public record CursorPage<T>(List<T> items, String nextCursor, int limit) {
}
