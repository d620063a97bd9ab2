package dev.crosswalk.evidence.changelog;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.asReviewer;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.testsupport.DatabaseTampering;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Evidence records, their reviews and supersessions are sealed in the tenant's trail: a bulk intake is one entry,
 * and a record or review changed or removed directly in PostgreSQL is found by verification.
 */
@QuarkusTest
class EvidenceTrailTest {
    private static final String TRAIL = EVIDENCE + "/trail";

    @Inject
    DataSource dataSource;

    private String tenantWithControls(String name) {
        String tenant = CatalogFixture.tenant(name);
        CatalogFixture.controls(tenant, "monthly", "OPS-01", "OPS-02");
        return tenant;
    }

    private String record(String tenant, String title) {
        return as(tenant).body(item("OPS-01", title)).when().post(EVIDENCE).then().statusCode(201).extract().path("id");
    }

    private void asSuperuserWithoutTriggers(String sql) throws SQLException {
        DatabaseTampering.withoutTriggers(dataSource, sql);
    }

    @Test
    void aBulkIntakeIsOneEntryAndAReviewIsSealedAndLogged() {
        String tenant = tenantWithControls("trail-bulk");
        as(tenant).body("[" + item("OPS-01", "a") + "," + item("OPS-02", "b") + "," + item("OPS-01", "c") + "]")
                .when().post(EVIDENCE + "/bulk").then().statusCode(200).body("created", equalTo(3));
        String id = record(tenant, "single");
        asReviewer(tenant).body("{\"decision\": \"accepted\"}").when().post(EVIDENCE + "/" + id + "/review")
                .then().statusCode(200);
        // the bulk, the single record, the review, and the review's change-log entry
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(4));
        as(tenant).queryParam("entity", "evidence_review").when().get(EVIDENCE + "/change-log").then().statusCode(200)
                .body("items[0].subject", equalTo("user:reviewer"))
                .body("items[0].changes.decision.after", equalTo("accepted"));
    }

    @Test
    void aRecordChangedInTheDatabaseIsFound() throws SQLException {
        String tenant = tenantWithControls("trail-edit");
        record(tenant, "first");
        String second = record(tenant, "second");
        record(tenant, "third");
        asSuperuserWithoutTriggers("update evidence set title = 'rewritten', result = 'pass' where id = '" + second + "'");
        JsonPath verification = as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).extract().jsonPath();
        assertEquals(false, verification.getBoolean("intact"));
        assertEquals(2, verification.getLong("firstBroken.seq"));
        assertEquals("evidence", verification.getString("firstBroken.kind"));
        assertEquals(List.of(second), verification.getList("firstBroken.refs"));
        assertEquals("content_changed", verification.getString("firstBroken.problem"));
    }

    @Test
    void aReviewStateChangeOnTheRecordIsNotTamperingButADeletedReviewIs() throws SQLException {
        String tenant = tenantWithControls("trail-review");
        String id = record(tenant, "reviewed");
        asReviewer(tenant).body("{\"decision\": \"rejected\", \"comment\": \"blurry\"}").when()
                .post(EVIDENCE + "/" + id + "/review").then().statusCode(200);
        asReviewer(tenant).header("If-Match", "\"1\"").body("{\"decision\": \"accepted\"}").when()
                .post(EVIDENCE + "/" + id + "/review").then().statusCode(200);
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true));
        asSuperuserWithoutTriggers("delete from evidence_review where evidence_id = '" + id + "' and decision = 'rejected'");
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(false))
                .body("firstBroken.kind", equalTo("review")).body("firstBroken.problem", equalTo("content_changed"));
    }

    @Test
    void aCorrectionIsSealedWithWhatItSupersedes() throws SQLException {
        String tenant = tenantWithControls("trail-correct");
        String id = record(tenant, "original");
        String correction = as(tenant).body(item("OPS-01", "corrected")).when().post(EVIDENCE + "/" + id + "/supersede")
                .then().statusCode(201).extract().path("id");
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(2));
        asSuperuserWithoutTriggers("update evidence set supersedes_id = null where id = '" + correction + "'");
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("intact", equalTo(false))
                .body("firstBroken.seq", equalTo(2)).body("firstBroken.refs", equalTo(List.of(correction)));
    }

    @Test
    void theTrailOfOneTenantIsNotAnothers() {
        String tenant = tenantWithControls("trail-own");
        String id = record(tenant, "original");
        String other = tenantWithControls("trail-other");
        as(other).when().get(TRAIL + "/verify").then().statusCode(200).body("entriesChecked", equalTo(0));
        String checkpoint = as(tenant).when().get(TRAIL + "/checkpoint").then().statusCode(200).extract().path("checkpoint");
        as(other).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then().statusCode(200)
                .body("holds", equalTo(false));
        as(tenant).queryParam("checkpoint", checkpoint).when().get(TRAIL + "/checkpoint/check").then().statusCode(200)
                .body("holds", equalTo(true));
        as(tenant).when().get(TRAIL + "/verify").then().statusCode(200).body("head.seq", equalTo(1));
        as(other).queryParam("entityId", id).when().get(EVIDENCE + "/change-log").then().statusCode(200)
                .body("items.entityId", org.hamcrest.Matchers.not(hasItem(id)));
    }
}
