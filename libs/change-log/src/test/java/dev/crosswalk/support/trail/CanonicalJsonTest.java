package dev.crosswalk.support.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What jsonb does to a document (key order, spacing, number spelling) does not change its canonical text. */
class CanonicalJsonTest {
    @Test
    void keyOrderSpacingAndNumberSpellingDoNotMatter() {
        String written = "{\"run\": 1.0E10, \"b\": [1.50, \"x\"], \"a\": {\"z\": null, \"y\": true}}";
        String asJsonbPrintsIt = "{\"a\": {\"y\": true, \"z\": null}, \"b\": [1.50, \"x\"], \"run\": 10000000000}";
        assertEquals(CanonicalJson.ofText(written), CanonicalJson.ofText(asJsonbPrintsIt));
        assertEquals("{\"a\":{\"y\":true,\"z\":null},\"b\":[1.5,\"x\"],\"run\":10000000000}", CanonicalJson.ofText(written));
    }

    @Test
    void valuesStillCount() {
        assertNotEquals(CanonicalJson.ofText("{\"a\": 1}"), CanonicalJson.ofText("{\"a\": 2}"));
        assertNotEquals(CanonicalJson.ofText("{\"a\": \"1\"}"), CanonicalJson.ofText("{\"a\": 1}"));
        assertNotEquals(CanonicalJson.ofText("[1, 2]"), CanonicalJson.ofText("[2, 1]"));
        assertEquals("0", CanonicalJson.ofText("-0.000"));
        assertEquals("\"caf\u00e9\"", CanonicalJson.ofText("\"caf\\u00e9\""));
        assertNull(CanonicalJson.ofText(null));
    }
}
