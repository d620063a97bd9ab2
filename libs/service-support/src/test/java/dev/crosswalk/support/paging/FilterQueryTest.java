package dev.crosswalk.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterQueryTest {
    @Test
    void leavesOutNullFiltersAndBindsTheRestInOrder() {
        FilterQuery query = new FilterQuery()
                .equal("tenantId", "acme")
                .equal("status", null)
                .where("createdAt < {} or (createdAt = {} and id < {})", 1, 1, 7)
                .where("collectedAt >= {}", (Object) null)
                .whereIf(true, "supersededById is null")
                .whereIf(false, "never");
        assertEquals("tenantId = :p0 and (createdAt < :p1 or (createdAt = :p2 and id < :p3)) and (supersededById is null)"
                + " order by refCode", query.orderedBy("refCode"));
        assertEquals(Map.of("p0", "acme", "p1", 1, "p2", 1, "p3", 7), query.parameters());
    }

    @Test
    void textSearchEscapesLikeWildcards() {
        FilterQuery query = new FilterQuery().containsText(" 100%_Done ", "ref", "title");
        assertEquals("(lower(ref) like :p0 escape '\\' or lower(title) like :p0 escape '\\') order by ref",
                query.orderedBy("ref"));
        assertEquals("%100\\%\\_done%", query.parameters().get("p0"));
    }

    @Test
    void noFiltersIsJustTheOrdering() {
        assertEquals(" order by id", new FilterQuery().equal("x", null).containsText("  ", "a").orderedBy("id"));
    }
}
