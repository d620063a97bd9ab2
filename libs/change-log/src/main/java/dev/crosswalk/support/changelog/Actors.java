package dev.crosswalk.support.changelog;

import java.util.Optional;

/**
 * The actor of the work the current thread does, if that work may write through the API: empty for reads and
 * for work outside a request (jobs, event consumers), which the change log names {@code system}.
 */
public interface Actors {
    Optional<Actor> current();
}
