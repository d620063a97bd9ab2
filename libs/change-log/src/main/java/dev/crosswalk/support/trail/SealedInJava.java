package dev.crosswalk.support.trail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A trail kind whose content the service hashes itself, where the rows are in memory as it writes them (evidence
 * records: a bulk intake would otherwise read every record back to hash it), instead of the database's
 * {@code trail_canonical_<kind>}. To verify, it reads the rows again and hashes them the same way.
 */
public interface SealedInJava {
    String kind();

    /** The content hash of the rows {@code refs} name as they are stored now (rows gone contribute nothing). */
    byte[] contentHash(Connection connection, List<String> refs) throws SQLException;

    /** Per-row hashes in ref order, combined as the database combines canonical lines: one hex hash per line. */
    static byte[] combine(List<String> sortedRowHashesHex) {
        return CanonicalJson.sha256(String.join("\n", sortedRowHashesHex));
    }
}
