package dev.crosswalk.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/** Remembers which events a consumer has applied, inside the transaction that applies them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessedEvents {
    @Inject
    EntityManager entityManager;

    /** True the first time this consumer sees the event id; false for a replay or duplicate. */
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id) values (?1, ?2)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * The ids among {@code eventIds} this consumer sees for the first time, all recorded in one statement;
     * an id repeated in the collection is returned once.
     */
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id) select ?, unnest(?::varchar[])
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
                Set<String> first = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getString(1));
                    }
                }
                return first;
            }
        });
    }
}
