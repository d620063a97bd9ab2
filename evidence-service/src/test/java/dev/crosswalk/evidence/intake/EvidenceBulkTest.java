package dev.crosswalk.evidence.intake;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.evidence.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceBulkTest {
    private final String tenant = CatalogFixture.tenant("bulk");

    @BeforeEach
    void controls() {
        CatalogFixture.controls(tenant, "daily", "OPS-01", "OPS-02");
    }

    @Test
    void keepsTheValidItemsAndAnswersEachInvalidOne() {
        String body = "[" + String.join(",",
                item("OPS-01", "Backup job log"),
                item("OPS-01", "Wrong type").replace("\"pass\"", "42"),
                item("GHOST-1", "Unknown control"),
                item("OPS-02", "Vulnerability scan"),
                "\"not an object\"") + "]";
        as(tenant).body(body).when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(3))
                .body("results.outcome", equalTo(List.of("created", "rejected", "rejected", "created", "rejected")))
                .body("results[0].id", notNullValue())
                .body("results[1].problem.errors[0].field", equalTo("result"))
                .body("results[2].problem.status", equalTo(422))
                .body("results[2].problem.errors[0].field", equalTo("controls[0]"))
                .body("results[3].problem", nullValue());
        as(tenant).when().get(EVIDENCE).then().body("items.title", equalTo(List.of("Vulnerability scan", "Backup job log")));
    }

    @Test
    void acceptsNdjsonAndReportsUnreadableLines() {
        String body = item("OPS-01", "Line one").replace("\n", " ") + "\n{not json\n"
                + item("OPS-02", "Line three").replace("\n", " ") + "\n";
        as(tenant).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("created", equalTo(2))
                .body("results[1].outcome", equalTo("rejected"))
                .body("results[1].problem.type", equalTo("urn:crosswalk:problem:malformed-request"));
    }

    @Test
    void itemIdempotencyKeysReplayAcrossAndWithinRequests() {
        String keyed = item("OPS-01", "Nightly backup").replace("{\"controls\"", "{\"idempotencyKey\": \"backup-2026-11-24\", \"controls\"");
        String body = "[" + keyed + "," + keyed + "]";
        String id = as(tenant).body(body).when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("created", equalTo(1))
                .body("replayed", equalTo(1))
                .extract().path("results[0].id");
        as(tenant).body("[" + keyed + "]").when().post(EVIDENCE + "/bulk").then().statusCode(200)
                .body("replayed", equalTo(1))
                .body("results[0].id", equalTo(id));
        as(tenant).when().get(EVIDENCE).then().body("items", hasSize(1));
    }

    @Test
    void tooManyItemsOrANonArrayIsRefusedWhole() {
        String many = "[" + String.join(",", Collections.nCopies(501, item("OPS-01", "x"))) + "]";
        as(tenant).body(many).when().post(EVIDENCE + "/bulk").then().statusCode(413)
                .contentType("application/problem+json");
        as(tenant).body(item("OPS-01", "single")).when().post(EVIDENCE + "/bulk").then().statusCode(400)
                .contentType("application/problem+json");
        as(tenant).when().get(EVIDENCE).then().body("items", hasSize(0));
    }
}
