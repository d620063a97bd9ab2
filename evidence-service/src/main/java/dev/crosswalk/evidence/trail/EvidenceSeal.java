package dev.crosswalk.evidence.trail;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.evidence.intake.EvidenceBatchWriter.NewRecord;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.evidence.store.EvidenceControl;
import dev.crosswalk.support.trail.CanonicalJson;
import dev.crosswalk.support.trail.SealedInJava;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the trail seals of an evidence record, hashed here as the intake writes it (a bulk request would otherwise
 * read its records back to hash them, which doubled PostgreSQL's work per record) and again from the stored rows
 * to verify. Sealed: everything fixed at submission, with the controls the record is evidence for; not sealed:
 * the review state, the pointer to a newer record and the expiry mark, which change by design and are sealed
 * where they are made (a review entry; the newer record's {@code supersedes_id}). Instants count in microseconds,
 * as PostgreSQL keeps them; metadata in {@link CanonicalJson}, as jsonb rewrites it.
 */
@ApplicationScoped
public class EvidenceSeal implements SealedInJava {
    public static final String KIND = "evidence";

    @Override
    public String kind() {
        return KIND;
    }

    /** The content hash of records about to be stored; their instants must already be whole microseconds. */
    public byte[] of(List<NewRecord> records) {
        Map<String, String> rows = new TreeMap<>();
        for (NewRecord record : records) {
            Evidence e = record.evidence();
            List<String[]> controls = new ArrayList<>();
            for (EvidenceControl link : record.links()) {
                controls.add(new String[] {link.controlId.toString(), link.refCode});
            }
            rows.put(e.id.toString(), rowHash(new Row(e.id.toString(), e.tenantId, e.kind.name(), e.title, e.sourceSystem,
                    e.collectedAt, e.validUntil, e.result.name(), e.artifactSha256, e.artifactSize, e.artifactMediaType,
                    e.artifactUri, record.metadataJson(), e.submitter, e.submitterName,
                    e.supersedesId == null ? null : e.supersedesId.toString(), e.createdAt, controls)));
        }
        return SealedInJava.combine(List.copyOf(rows.values()));
    }

    @Override
    public byte[] contentHash(Connection connection, List<String> refs) throws SQLException {
        Map<String, List<String[]>> controls = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select evidence_id::text, control_id::text, ref_code from evidence_control
                where evidence_id = any (cast(? as uuid[]))""")) {
            select.setArray(1, connection.createArrayOf("text", refs.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    controls.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        Map<String, String> rows = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id::text, tenant_id, kind, title, source_system, collected_at, valid_until, result, artifact_sha256,
                  artifact_size, artifact_media_type, artifact_uri, metadata::text, submitter, submitter_name,
                  supersedes_id::text, created_at
                from evidence where id = any (cast(? as uuid[]))""")) {
            select.setArray(1, connection.createArrayOf("text", refs.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    rows.put(id, rowHash(new Row(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getString(9),
                            rs.getObject(10) == null ? null : rs.getLong(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), instant(rs, 17),
                            controls.getOrDefault(id, List.of()))));
                }
            }
        }
        return SealedInJava.combine(List.copyOf(rows.values()));
    }

    /** Whole microseconds, as PostgreSQL stores an instant; what is stored and what is sealed are then one value. */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private record Row(String id, String tenant, String kind, String title, String sourceSystem, Instant collectedAt,
                       Instant validUntil, String result, String artifactSha256, Long artifactSize,
                       String artifactMediaType, String artifactUri, String metadataJson, String submitter,
                       String submitterName, String supersedesId, Instant createdAt, List<String[]> controls) {
    }

    /** The row as one canonical JSON object (keys in order, written straight out: this runs for every record). */
    private static String rowHash(Row row) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = CanonicalJson.generator(text)) {
            out.writeStartObject();
            out.writeStringField("artifact_media_type", row.artifactMediaType());
            out.writeStringField("artifact_sha256", row.artifactSha256());
            number(out, "artifact_size", row.artifactSize());
            out.writeStringField("artifact_uri", row.artifactUri());
            number(out, "collected_at", micros(row.collectedAt()));
            out.writeArrayFieldStart("controls");
            for (String[] control : row.controls().stream().sorted((a, b) -> a[0].compareTo(b[0])).toList()) {
                out.writeStartArray();
                out.writeString(control[0]);
                out.writeString(control[1]);
                out.writeEndArray();
            }
            out.writeEndArray();
            number(out, "created_at", micros(row.createdAt()));
            out.writeStringField("id", row.id());
            out.writeStringField("kind", row.kind());
            out.writeFieldName("metadata");
            CanonicalJson.write(out, row.metadataJson() == null ? null : CanonicalJson.tree(row.metadataJson()));
            out.writeStringField("result", row.result());
            out.writeStringField("source_system", row.sourceSystem());
            out.writeStringField("submitter", row.submitter());
            out.writeStringField("submitter_name", row.submitterName());
            out.writeStringField("supersedes_id", row.supersedesId());
            out.writeStringField("tenant", row.tenant());
            out.writeStringField("title", row.title());
            number(out, "valid_until", micros(row.validUntil()));
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(CanonicalJson.sha256(text.toString()));
    }

    private static void number(JsonGenerator out, String name, Long value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
