package dev.crosswalk.support.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.Interceptor;

/** Answers Hibernate's "is this instance new?" for {@link InsertOnly} entities without a database read. */
@PersistenceUnitExtension
public class InsertOnlyInterceptor implements Interceptor {
    @Override
    public Boolean isTransient(Object entity) {
        return entity instanceof InsertOnly ? Boolean.TRUE : null;
    }
}
