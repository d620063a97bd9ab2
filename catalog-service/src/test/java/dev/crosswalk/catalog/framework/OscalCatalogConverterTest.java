package dev.crosswalk.catalog.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

class OscalCatalogConverterTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nestedGroupsJoinTheirTopLevelGroupAndEnhancementsKeepTheirParent() throws Exception {
        FrameworkDocument doc = OscalCatalogConverter.convert("x:1", json.readTree("""
                {"catalog": {"metadata": {"title": "T", "version": "1"},
                  "groups": [{"id": "g", "title": "G",
                    "controls": [{"id": "g-1", "title": "One", "controls": [{"id": "g-1.1", "title": "One a"}]}],
                    "groups": [{"id": "g-sub", "title": "Sub", "controls": [{"id": "g-2", "title": "Two"}]}]}]}}"""));
        assertEquals(1, doc.groups().size());
        assertEquals(3, doc.requirements().size());
        assertNull(doc.requirements().get(0).parent());
        assertEquals("g-1", doc.requirements().get(1).parent());
        assertEquals("g", doc.requirements().get(2).group());
    }

    @Test
    void labelPropWithoutNamespaceIsTheRef() throws Exception {
        FrameworkDocument doc = OscalCatalogConverter.convert("x:1", json.readTree("""
                {"catalog": {"metadata": {"title": "T", "version": "1"}, "controls": [
                  {"id": "c-1", "title": "C", "props": [
                     {"name": "label", "ns": "https://example.org/ns", "value": "zz"},
                     {"name": "label", "value": "C-1"}]}]}}"""));
        assertEquals("C-1", doc.requirements().get(0).ref());
        assertEquals("ungrouped", doc.requirements().get(0).group());
    }

    @Test
    void anythingButACatalogIsRefused() throws Exception {
        assertThrows(ProblemException.class, () -> OscalCatalogConverter.convert("x:1", json.readTree("{\"profile\": {}}")));
    }
}
