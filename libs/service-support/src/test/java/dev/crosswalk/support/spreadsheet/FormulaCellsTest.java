package dev.crosswalk.support.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {
    @Test
    void formulaStartsAreEscapedAndComeBackAsTheyWere() {
        for (String text : List.of("=1+1", "+31 20 555", "-restore tested", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + text, FormulaCells.escape(text));
            assertEquals(text, FormulaCells.unescape(FormulaCells.escape(text)));
        }
    }

    @Test
    void otherTextIsLeftAlone() {
        for (String text : List.of("", "Access review", "'quoted", "'", "a=b")) {
            assertEquals(text, FormulaCells.escape(text));
            assertEquals(text, FormulaCells.unescape(text));
        }
    }
}
