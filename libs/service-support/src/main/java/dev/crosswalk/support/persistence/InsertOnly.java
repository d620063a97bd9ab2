package dev.crosswalk.support.persistence;

/**
 * Marks an entity whose rows are only ever inserted, never re-attached. Such an entity has an id the
 * application assigns and no version, so Hibernate cannot tell a new instance from a detached one
 * and would read the row back before every insert; {@link InsertOnlyInterceptor} tells it instead.
 */
public interface InsertOnly {
}
