package dev.crosswalk.support.changelog;

import java.util.List;

/** A page of the change log, newest first; {@code nextCursor} is null on the last page. */
public record ChangeLogPage(List<ChangeLogEntry> items, String nextCursor, int limit) {
}
