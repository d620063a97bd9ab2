package dev.crosswalk.support.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * One text per JSON value, whoever wrote it: object keys sorted, no spaces, numbers in plain decimal without
 * trailing zeros (so 1.0E10, 10000000000 and 10000000000.0 are one number), strings escaped by Jackson. The
 * trail hashes content it builds in memory when sealing and reads back from PostgreSQL when verifying; jsonb
 * re-orders keys and rewrites numbers, and this form is what both sides agree on.
 */
public final class CanonicalJson {
    private static final ObjectMapper PARSER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalJson() {
    }

    /** The canonical text of a JSON document given as text (null stays null). */
    public static String ofText(String json) {
        if (json == null) {
            return null;
        }
        try {
            return of(PARSER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON", e);
        }
    }

    public static String of(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A parsed tree for building content that nests a document (read with the same number handling). */
    public static JsonNode tree(String json) {
        try {
            return json == null ? PARSER.nullNode() : PARSER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON", e);
        }
    }

    public static JsonGenerator generator(StringWriter out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a value in the canonical form, for callers that write the rest of a document themselves. */
    public static void write(JsonGenerator out, JsonNode node) throws IOException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.writeNull();
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            out.writeStartObject();
            for (String name : names) {
                out.writeFieldName(name);
                write(out, node.get(name));
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                write(out, items.next());
            }
            out.writeEndArray();
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            out.writeNumber(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeString(node.asText());
        }
    }
}
