package dev.crosswalk.support.trail;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Seals rows a writer just inserted into the tenant's trail, on the writer's connection and in its transaction.
 * The tenant's chain head stays locked until the transaction ends, so call it as the transaction's last write.
 * The kind names the function that gives the rows' canonical content ({@code trail_canonical_<kind>}).
 */
public final class TrailAppender {
    private TrailAppender() {
    }

    /** Appends an entry whose content hash the service computed ({@link SealedInJava}). */
    public static long appendHashed(Connection connection, String tenantId, String kind, List<String> refs,
                                    byte[] contentHash) throws SQLException {
        try (PreparedStatement append = connection.prepareStatement("select trail_append_hashed(?, ?, ?, ?)")) {
            append.setString(1, tenantId);
            append.setString(2, kind);
            append.setArray(3, connection.createArrayOf("text", refs.toArray()));
            append.setBytes(4, contentHash);
            try (var rs = append.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long append(Connection connection, String tenantId, String kind, List<String> refs) throws SQLException {
        try (PreparedStatement append = connection.prepareStatement("select trail_append(?, ?, ?)")) {
            Array array = connection.createArrayOf("text", refs.toArray());
            append.setString(1, tenantId);
            append.setString(2, kind);
            append.setArray(3, array);
            try (var rs = append.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
