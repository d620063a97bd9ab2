package dev.crosswalk.gateway.keys;

import dev.crosswalk.support.changelog.Actor;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who an administration request was admitted as (the operator, or a tenant's admin), for the change log. */
@RequestScoped
public class AdminActor {
    private Actor actor;

    void admitted(Actor admitted) {
        actor = admitted;
    }

    Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }
}
