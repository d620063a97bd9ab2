package dev.crosswalk.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events a consumer has applied, inside the transaction that applies them. */
@ApplicationScoped
public class ProcessedEvents {
    @Inject
    EntityManager entityManager;

    /** True the first time this consumer sees the event id; false for a replay or duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id) values (?1, ?2)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
