package dev.crosswalk.support.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OscalIdsTest {
    /** The pattern OSCAL 1.1.2 and 1.2 give the uuid datatype: versions 4 and 5 only. */
    private static final String OSCAL_UUID = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$";
    private static final String OSCAL_TOKEN = "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$";

    @Test
    void nameBasedUuidsAreVersionFiveStableAndDistinct() {
        String a = OscalIds.uuid("crosswalk", "1.0.0").toString();
        assertTrue(a.matches(OSCAL_UUID), a);
        assertEquals(5, OscalIds.uuid("x").version());
        assertEquals(2, OscalIds.uuid("x").variant());
        assertEquals(a, OscalIds.uuid("crosswalk", "1.0.0").toString());
        assertNotEquals(a, OscalIds.uuid("crosswalk", "1.0.1").toString());
    }

    @Test
    void refsBecomeTokens() {
        assertEquals("_5.1", OscalIds.token("5.1"));
        assertEquals("A.5.1", OscalIds.token("A.5.1"));
        assertEquals("AC-2_1_", OscalIds.token("AC-2(1)"));
        assertEquals("CC1.1", OscalIds.token("CC1.1"));
        for (String ref : new String[] {"5.1", "A.5.1", "AC-2(1)", "CC1.1", "(x)", ""}) {
            assertTrue(OscalIds.token(ref).matches(OSCAL_TOKEN), ref);
        }
    }
}
