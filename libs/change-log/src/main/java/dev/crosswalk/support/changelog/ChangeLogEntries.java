package dev.crosswalk.support.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads a tenant's change log with its filters, newest first, a page at a time (keyset on the entry id). */
@ApplicationScoped
public class ChangeLogEntries {
    /** The log of data every tenant shares: frameworks, the crosswalk. */
    public static final String SHARED_TENANT = "_shared";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    public ChangeLogPage page(String tenantId, ChangeLogFilter filter, Long before, int limit) {
        List<ChangeLogEntry> rows = read(tenantId, filter, before, limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeLogEntry> items = more ? rows.subList(0, limit) : rows;
        return new ChangeLogPage(List.copyOf(items), more ? ChangeLogFilter.cursorOf(items.getLast().id()) : null, limit);
    }

    List<ChangeLogEntry> read(String tenantId, ChangeLogFilter filter, Long before, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, subject, credential, entity, entity_id, operation, changes::text
                from change_log where tenant_id = ?""");
        List<Object> values = new ArrayList<>();
        values.add(filter.logTenant(tenantId));
        condition(sql, values, " and entity = ?", filter.entity());
        condition(sql, values, " and entity_id = ?", filter.entityId());
        condition(sql, values, " and subject = ?", filter.subject());
        condition(sql, values, " and operation = ?", filter.operation());
        condition(sql, values, " and occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(sql, values, " and occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        condition(sql, values, " and id < ?", before);
        sql.append(" order by id desc limit ?");
        values.add(limit);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<ChangeLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ChangeLogEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), json.readTree(rs.getString(8))));
                }
            }
            return entries;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the change log", e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> values, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            values.add(value);
        }
    }
}
