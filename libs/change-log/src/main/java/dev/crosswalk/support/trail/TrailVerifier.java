package dev.crosswalk.support.trail;

import dev.crosswalk.support.trail.TrailVerification.BrokenLink;
import dev.crosswalk.support.trail.TrailVerification.Head;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Walks a tenant's trail in order and answers the first broken link: each entry's content hash is computed again
 * from the rows it seals, its own hash from its fields and the hash before it, and its sequence number must follow
 * the one before. The database recomputes with the same functions the append used (or the service, for kinds it
 * seals itself: {@link SealedInJava}), so both agree by construction; what can differ is only what someone changed
 * since. Read a few thousand entries at a time.
 */
@ApplicationScoped
public class TrailVerifier {
    static final int CHUNK = 2000;
    static final byte[] GENESIS = new byte[32];

    @Inject
    DataSource dataSource;

    private final Map<String, SealedInJava> javaKinds = new HashMap<>();

    @Inject
    void kinds(Instance<SealedInJava> kinds) {
        kinds.forEach(kind -> javaKinds.put(kind.kind(), kind));
    }

    /** Verifies entries fromSeq..toSeq (both optional: the whole trail); the head is checked when toSeq is the end. */
    public TrailVerification verify(String tenantId, Long fromSeq, Long toSeq) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<Head> head = head(connection, tenantId);
            long from = fromSeq == null ? 1 : fromSeq;
            long to = toSeq == null ? head.map(Head::seq).orElse(0L) : toSeq;
            byte[] previous = from == 1 ? GENESIS : hashAt(connection, tenantId, from - 1);
            if (previous == null) {
                return broken(from, to, 0, head, new BrokenLink(from - 1, null, List.of(), "missing_entry",
                        "the entry before the range is not in the trail"));
            }
            long expected = from;
            long checked = 0;
            while (expected <= to) {
                try (PreparedStatement select = connection.prepareStatement("""
                        select seq, kind, refs, prev_hash, hash,
                          case when kind = any (?) then null else trail_content_hash(kind, refs) = content_hash end,
                          trail_link_hash(seq, kind, refs, recorded_at, content_hash, prev_hash) = hash, content_hash
                        from trail where tenant_id = ? and seq >= ? and seq <= ? order by seq limit ?""")) {
                    select.setArray(1, connection.createArrayOf("text", javaKinds.keySet().toArray()));
                    select.setString(2, tenantId);
                    select.setLong(3, expected);
                    select.setLong(4, to);
                    select.setInt(5, CHUNK);
                    int rows = 0;
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            long seq = rs.getLong(1);
                            String kind = rs.getString(2);
                            List<String> refs = Arrays.asList((String[]) rs.getArray(3).getArray());
                            boolean contentIntact = rs.getObject(6) == null
                                    ? Arrays.equals(javaKinds.get(kind).contentHash(connection, refs), rs.getBytes(8))
                                    : rs.getBoolean(6);
                            Optional<BrokenLink> problem = check(seq, expected, kind, refs, previous, rs.getBytes(4),
                                    contentIntact, rs.getBoolean(7));
                            if (problem.isPresent()) {
                                return broken(from, to, checked, head, problem.get());
                            }
                            previous = rs.getBytes(5);
                            expected = seq + 1;
                            checked++;
                        }
                    }
                    if (rows == 0) {
                        return broken(from, to, checked, head, new BrokenLink(expected, null, List.of(), "missing_entry",
                                "entries " + expected + " to " + to + " are not in the trail"));
                    }
                }
            }
            if (toSeq == null && head.isPresent() && !Arrays.equals(previous, HexFormat.of().parseHex(head.get().hash()))) {
                return broken(from, to, checked, head, new BrokenLink(to, null, List.of(), "head_mismatch",
                        "the head's hash is not the last entry's"));
            }
            return new TrailVerification(true, from, to, checked, head.orElse(null), null);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the trail", e);
        }
    }

    /** The hash of one entry, or null when there is no such entry. */
    public byte[] hashAt(Connection connection, String tenantId, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select hash from trail where tenant_id = ? and seq = ?")) {
            select.setString(1, tenantId);
            select.setLong(2, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    public Optional<Head> head(Connection connection, String tenantId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select seq, hash from trail_head where tenant_id = ?")) {
            select.setString(1, tenantId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2)))) : Optional.empty();
            }
        }
    }

    static Optional<BrokenLink> check(long seq, long expected, String kind, List<String> refs, byte[] previous,
                                      byte[] storedPrevious, boolean contentIntact, boolean linkIntact) {
        if (seq != expected) {
            return Optional.of(new BrokenLink(expected, null, List.of(), "missing_entry",
                    "entries " + expected + " to " + (seq - 1) + " are not in the trail"));
        }
        if (!Arrays.equals(previous, storedPrevious)) {
            return Optional.of(new BrokenLink(seq, kind, refs, "chain_broken", "its previous hash is not the hash of entry " + (seq - 1)));
        }
        if (!linkIntact) {
            return Optional.of(new BrokenLink(seq, kind, refs, "link_changed", "the entry's hash does not match its fields"));
        }
        if (!contentIntact) {
            return Optional.of(new BrokenLink(seq, kind, refs, "content_changed",
                    "a row it seals was changed or removed after it was sealed"));
        }
        return Optional.empty();
    }

    private static TrailVerification broken(long from, long to, long checked, Optional<Head> head, BrokenLink link) {
        return new TrailVerification(false, from, to, checked, head.orElse(null), link);
    }
}
