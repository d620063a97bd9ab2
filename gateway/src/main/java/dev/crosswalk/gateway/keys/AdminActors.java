package dev.crosswalk.gateway.keys;

import dev.crosswalk.support.changelog.Actor;
import dev.crosswalk.support.changelog.Actors;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The gateway's writers, for its change log: the administrator a tenant or key request was admitted as. The
 * gateway has no signed identity of its own to read (it is the one that signs), so the services' default
 * (RequestActors) does not apply here; the keys' bookkeeping (last use) is not a change and is not logged.
 */
@ApplicationScoped
public class AdminActors implements Actors {
    @Inject
    AdminActor admin;

    @Override
    public Optional<Actor> current() {
        return Arc.container().requestContext().isActive() ? admin.actor() : Optional.empty();
    }
}
