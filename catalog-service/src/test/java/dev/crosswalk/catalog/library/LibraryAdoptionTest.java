package dev.crosswalk.catalog.library;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tenant browses the common control library and adopts it: all, a selection, or what its frameworks need. */
@QuarkusTest
class LibraryAdoptionTest {
    private static final String LIBRARY = "/api/v1/catalog/library";

    private static String tenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private static JsonPath library() {
        return given().when().get(LIBRARY).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theLibraryIsBrowsedByRequirementDomainAndText() {
        JsonPath all = library();
        int total = all.getInt("total");
        assertTrue(total >= 100, total + " controls");
        given().queryParam("framework", "iso27001:2022").queryParam("requirement", "9.2").when().get(LIBRARY).then()
                .statusCode(200).body("controls.iso27001_2022", everyItem(hasItem("9.2")));
        String domain = all.getString("controls[0].domain");
        given().queryParam("domain", domain).when().get(LIBRARY).then().statusCode(200)
                .body("controls.domain", everyItem(equalTo(domain)));
        String id = all.getString("controls[0].id");
        given().when().get(LIBRARY + "/controls/" + id.toLowerCase()).then().statusCode(200).body("id", equalTo(id))
                .body("evidence[0].kind", org.hamcrest.Matchers.notNullValue());
        given().when().get(LIBRARY + "/controls/NOPE-99").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "zzzz-nothing-like-it").when().get(LIBRARY).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void adoptingAllCreatesEveryControlOnceAndAnnouncesItsMappings() {
        String tenant = tenant("adopt");
        int total = library().getInt("total");
        JsonPath first = as(tenant).body(Map.of("all", true)).when().post(LIBRARY + "/adoptions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(total, first.getList("created").size());
        assertEquals(0, first.getList("alreadyAdopted").size());
        JsonPath again = as(tenant).body(Map.of("all", true)).when().post(LIBRARY + "/adoptions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, again.getList("created").size(), "adopting twice creates nothing");
        assertEquals(total, again.getList("alreadyAdopted").size());
        as(tenant).queryParam("size", 200).when().get("/api/v1/catalog/controls").then().statusCode(200)
                .body("items", hasSize(total))
                .body("items.libraryVersion", everyItem(equalTo(first.getString("libraryVersion"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(
                        KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()) && r.value().contains("\"control.adopted\"")).count() == total);
    }

    @Test
    void aSelectionAdoptsOnlyWhatWasAskedAndAnEditedControlStaysTheTenants() {
        String tenant = tenant("pick");
        List<String> ids = library().getList("controls.id");
        JsonPath picked = as(tenant).body(Map.of("controls", List.of(ids.get(0), ids.get(1)))).when()
                .post(LIBRARY + "/adoptions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ids.get(0), ids.get(1)), picked.getList("created.libraryId"));
        String controlId = picked.getString("created[0].controlId");
        as(tenant).header("If-Match", "\"0\"").body(Map.of("refCode", ids.get(0), "name", "Our own wording",
                "frequency", "monthly")).when().put("/api/v1/catalog/controls/" + controlId).then().statusCode(200)
                .body("libraryId", equalTo(ids.get(0)));
        as(tenant).body(Map.of("controls", List.of(ids.get(0)))).when().post(LIBRARY + "/adoptions").then()
                .statusCode(200).body("created", hasSize(0)).body("alreadyAdopted[0].libraryId", equalTo(ids.get(0)));
        as(tenant).when().get("/api/v1/catalog/controls/" + controlId).then().body("name", equalTo("Our own wording"));
        // a control of the tenant's own with a library id as its ref code is never overwritten
        as(tenant).body(Map.of("refCode", ids.get(2), "name", "Ours", "frequency", "annual")).when()
                .post("/api/v1/catalog/controls").then().statusCode(201);
        as(tenant).body(Map.of("controls", List.of(ids.get(2)))).when().post(LIBRARY + "/adoptions").then()
                .statusCode(200).body("created", hasSize(0)).body("refused[0].reason", startsWith("a control of the tenant"));
    }

    @Test
    void adoptingForIsoAndSoc2SecurityLeavesOutWhatOnlyOtherCategoriesNeed() {
        String tenant = tenant("scope");
        JsonPath library = library();
        List<Map<String, Object>> controls = library.getList("controls");
        long expected = controls.stream().filter(c -> !((List<?>) c.get("iso27001_2022")).isEmpty()
                || ((List<?>) c.get("soc2_tsc_2017")).stream().anyMatch(r -> r.toString().startsWith("CC"))).count();
        JsonPath adopted = as(tenant).body(Map.of("frameworks", List.of("iso27001:2022", "soc2-tsc:2017"),
                "soc2Categories", List.of("security"))).when().post(LIBRARY + "/adoptions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(expected, adopted.getList("created").size());
        assertTrue(expected < controls.size(), "privacy-only controls are left out");
    }

    @Test
    void aRequestThatChoosesNothingOrTwiceOrUnknownIsAProblem() {
        String tenant = tenant("bad");
        as(tenant).body("{}").when().post(LIBRARY + "/adoptions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("all"));
        as(tenant).body(Map.of("all", true, "controls", List.of("IAM-01"))).when().post(LIBRARY + "/adoptions").then()
                .statusCode(400);
        as(tenant).body(Map.of("controls", List.of("NOPE-99"))).when().post(LIBRARY + "/adoptions").then()
                .statusCode(422).body("errors[0].field", equalTo("controls[0]"));
        as(tenant).body(Map.of("frameworks", List.of("pci-dss:4"))).when().post(LIBRARY + "/adoptions").then()
                .statusCode(422).body("errors[0].field", equalTo("frameworks[0]"));
        as(tenant).body(Map.of("frameworks", List.of("soc2-tsc:2017"), "soc2Categories", List.of("ethics"))).when()
                .post(LIBRARY + "/adoptions").then().statusCode(400);
        as(tenant).when().get("/api/v1/catalog/controls").then().body("items", hasSize(0));
    }
}
