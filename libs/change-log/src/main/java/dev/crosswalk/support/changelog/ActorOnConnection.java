package dev.crosswalk.support.changelog;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;

/**
 * Tells the database who is writing: when a request that may write takes a connection from the pool, its actor
 * goes into the session settings the change log's triggers read ({@code crosswalk.subject},
 * {@code crosswalk.credential}); when the connection goes back, they are cleared, so the next user of the
 * connection (a job, a read) is never taken for that caller. Reads pay nothing.
 */
@ApplicationScoped
public class ActorOnConnection implements AgroalPoolInterceptor {
    private static final String SET = "select set_config('crosswalk.subject', ?, false), set_config('crosswalk.credential', ?, false)";

    /** The physical connections that carry an actor now (the pool hands out a new wrapper each time). */
    private final Map<PGConnection, Boolean> carrying = new ConcurrentHashMap<>();

    @Inject
    Actors actors;

    @Override
    public void onConnectionAcquire(Connection connection) {
        actors.current().ifPresent(actor -> {
            try {
                apply(connection, actor.subject(), actor.credential());
                carrying.put(connection.unwrap(PGConnection.class), Boolean.TRUE);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell the database who is writing", e);
            }
        });
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            if (carrying.remove(connection.unwrap(PGConnection.class)) != null) {
                apply(connection, "", "");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear who was writing from a pooled connection", e);
        }
    }

    private static void apply(Connection connection, String subject, String credential) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, subject);
            set.setString(2, credential);
            set.execute();
        }
    }
}
