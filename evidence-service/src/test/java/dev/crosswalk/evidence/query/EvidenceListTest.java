package dev.crosswalk.evidence.query;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.asReviewer;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.evidence.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EvidenceListTest {
    private final String tenant = CatalogFixture.tenant("list");

    @BeforeEach
    void controls() {
        CatalogFixture.controls(tenant, "monthly", "AC-01", "AC-02");
    }

    @Test
    void pagesThroughEverythingOnceWithTheCursor() {
        for (int i = 1; i <= 5; i++) {
            as(tenant).body(item("AC-01", "Record " + i)).when().post(EVIDENCE).then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = as(tenant).queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get(EVIDENCE).then().statusCode(200).extract();
            seen.addAll(page.path("items.title"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("Record 5", "Record 4", "Record 3", "Record 2", "Record 1"), seen);
    }

    @Test
    void filtersByControlResultFreshnessAndPeriod() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(tenant).body(item("AC-01", "Passing", now.minus(40, ChronoUnit.DAYS))).when().post(EVIDENCE).then().statusCode(201);
        as(tenant).body(item("AC-02", "Failing", now.minus(2, ChronoUnit.DAYS)).replace("\"pass\"", "\"fail\""))
                .when().post(EVIDENCE).then().statusCode(201);
        as(tenant).body(item("AC-02", "Old", now.minus(80, ChronoUnit.DAYS))).when().post(EVIDENCE).then().statusCode(201);
        as(tenant).queryParam("control", "AC-02").when().get(EVIDENCE).then()
                .body("items.title", equalTo(List.of("Old", "Failing")));
        as(tenant).queryParam("result", "fail").when().get(EVIDENCE).then().body("items.title", equalTo(List.of("Failing")));
        // default validity 90 days: collected 80 days ago expires within the 30-day window
        as(tenant).queryParam("freshness", "expiring").when().get(EVIDENCE).then().body("items.title", equalTo(List.of("Old")));
        as(tenant).queryParam("freshness", "fresh").when().get(EVIDENCE).then().body("items", hasSize(2));
        as(tenant).queryParam("from", now.minus(50, ChronoUnit.DAYS).toString()).queryParam("to", now.minus(10, ChronoUnit.DAYS).toString())
                .when().get(EVIDENCE).then().body("items.title", equalTo(List.of("Passing")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"cursor, bm90LWEtY3Vyc29y", "limit, 0", "limit, 201", "limit, ten", "from, last tuesday",
            "freshness, stale"})
    void aBadQueryParameterIsAProblemNamingIt(String parameter, String value) {
        as(tenant).queryParam(parameter, value).when().get(EVIDENCE).then().statusCode(400)
                .body("errors[0].field", equalTo(parameter));
    }

    /** A record of the given day that stays fresh: the expiry job must not touch it while the test reviews it. */
    private static String fresh(String title, String collectedAt) {
        return item("AC-01", title, Instant.parse(collectedAt)).replace("\"result\"", "\"validForDays\": 1500, \"result\"");
    }

    @Test
    void timelineShowsWhichMonthsOfTheObservationPeriodHaveAcceptedPassingEvidence() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        String january = as(tenant).body(fresh("January review", "2026-01-15T10:00:00Z"))
                .when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        String march = as(tenant).body(fresh("March review", "2026-03-03T10:00:00Z"))
                .when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        String failure = as(tenant).body(fresh("March failure", "2026-03-20T10:00:00Z")
                .replace("\"pass\"", "\"fail\"")).when().post(EVIDENCE).then().statusCode(201).extract().path("id");
        for (String id : List.of(january, failure)) {
            asReviewer(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"r\"}").when().post(EVIDENCE + "/" + id + "/review")
                    .then().statusCode(200);
        }
        var timeline = as(tenant).queryParam("control", "AC-01").queryParam("from", from.toString())
                .queryParam("to", "2026-04-01T00:00:00Z");
        timeline.when().get(EVIDENCE + "/timeline").then().statusCode(200)
                .body("control.frequency", equalTo("monthly"))
                .body("evidence.title", equalTo(List.of("January review", "March review", "March failure")))
                .body("periods", hasSize(3))
                // March's pass awaits review: a pending record evidences nothing yet, as in the SOC 2 report
                .body("periods.covered", equalTo(List.of(true, false, false)))
                .body("periods[2].evidenceCount", equalTo(2))
                .body("periods[2].evidencing", equalTo(0))
                .body("periods[2].awaitingReview", equalTo(1))
                .body("summary.periodsCovered", equalTo(1));
        asReviewer(tenant).body("{\"decision\": \"accepted\", \"reviewer\": \"r\"}").when().post(EVIDENCE + "/" + march + "/review")
                .then().statusCode(200);
        as(tenant).queryParam("control", "AC-01").queryParam("from", from.toString()).queryParam("to", "2026-04-01T00:00:00Z")
                .when().get(EVIDENCE + "/timeline").then().statusCode(200)
                .body("periods.covered", equalTo(List.of(true, false, true)))
                .body("periods[2].evidencing", equalTo(1))
                .body("periods[2].awaitingReview", equalTo(0))
                .body("summary.periodsCovered", equalTo(2));
        as(tenant).queryParam("control", "NOPE").when().get(EVIDENCE + "/timeline").then().statusCode(404);
        as(tenant).queryParam("control", "AC-01").queryParam("from", "2024-01-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .when().get(EVIDENCE + "/timeline").then().statusCode(400);
        as(tenant).when().get(EVIDENCE + "/timeline").then().statusCode(400).body("errors[0].field", equalTo("control"));
    }

    @Test
    void lastPageHasNoCursor() {
        as(tenant).body(item("AC-01", "Only")).when().post(EVIDENCE).then().statusCode(201);
        as(tenant).when().get(EVIDENCE).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue()).body("limit", notNullValue());
    }
}
