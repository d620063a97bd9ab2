package dev.crosswalk.support.changelog;

import dev.crosswalk.support.identity.AccessEntry;
import dev.crosswalk.support.identity.AccessRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * An auditor credential's reads in the change log: one {@code accessed} entry per request (entity {@code request},
 * id the method and path with its query, the answer's status in {@code changes}), committed on its own, allowed
 * or refused alike, and sealed in the trail like every entry.
 */
@ApplicationScoped
public class AccessEntries implements AccessRecorder {
    private static final String INSERT = """
            insert into change_log (tenant_id, occurred_at, subject, credential, entity, entity_id, operation, changes)
            values (?, ?, ?, ?, 'request', ?, 'accessed', jsonb_build_object('status', ?::int))""";

    @Inject
    DataSource dataSource;

    @Override
    public void recordAccess(AccessEntry entry) {
        Actor actor = Actor.of(entry.subject());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entry.tenantId());
            insert.setTimestamp(2, Timestamp.from(entry.occurredAt()));
            insert.setString(3, actor.subject());
            insert.setString(4, actor.credential());
            insert.setString(5, truncated(entry.method() + " " + entry.path()));
            insert.setInt(6, entry.status());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record an auditor's access", e);
        }
    }

    /** The entity id column holds 300 characters; a longer query string is cut, marked with an ellipsis. */
    private static String truncated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
