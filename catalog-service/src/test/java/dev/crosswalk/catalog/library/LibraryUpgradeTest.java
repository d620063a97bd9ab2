package dev.crosswalk.catalog.library;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.catalog.control.ControlStatus;
import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant that adopted library 1.0.0 sees what 1.1.0 changes for it (a new control, changed mappings, a retired
 * control) and applies what it chooses. The service runs with a small test library of two versions.
 */
@QuarkusTest
@TestProfile(LibraryUpgradeTest.TwoVersions.class)
class LibraryUpgradeTest {
    public static class TwoVersions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.library.current", "library-test/common-controls-1.1.0.json",
                    "catalog.library.history", "library-test/common-controls-1.0.0.json");
        }
    }

    private static final String LIBRARY = "/api/v1/catalog/library";
    private final String tenant = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    /**
     * The tenant adopted TST-01 to TST-03 under the earlier release (this service ships 1.1.0, in which TST-02 is
     * retired and cannot be adopted any more): its controls as that adoption left them.
     */
    @Transactional
    void adoptedUnderTheEarlierVersion() {
        for (String id : List.of("TST-01", "TST-02", "TST-03")) {
            TenantControl control = new TenantControl();
            control.id = UUID.randomUUID();
            control.tenantId = tenant;
            control.refCode = id;
            control.name = id;
            control.frequency = ControlFrequency.annual;
            control.status = ControlStatus.active;
            control.libraryId = id;
            control.libraryVersion = "1.0.0";
            control.createdAt = Instant.now();
            control.updatedAt = control.createdAt;
            control.persist();
        }
    }

    @Test
    void aNewerVersionShowsWhatChangedForTheAdoptedControlsAndAppliesWhatIsChosen() {
        api().when().get(LIBRARY + "/upgrade").then().statusCode(200).body("changes", hasSize(0));
        adoptedUnderTheEarlierVersion();
        api().body(Map.of("controls", List.of("TST-02"))).when().post(LIBRARY + "/adoptions").then().statusCode(200)
                .body("alreadyAdopted[0].libraryId", equalTo("TST-02"));

        JsonPath pending = api().when().get(LIBRARY + "/upgrade").then().statusCode(200).extract().jsonPath();
        assertEquals("1.1.0", pending.getString("libraryVersion"));
        assertEquals(List.of("TST-01", "TST-02", "TST-04"), pending.getList("changes.libraryId"));
        assertEquals(List.of("changed_mappings", "retired", "new_control"), pending.getList("changes.kind"));
        assertEquals(List.of("5.2", "CC2.2"), pending.getList("changes[0].added.ref"));
        assertEquals(List.of("CC5.3"), pending.getList("changes[0].removed.ref"));

        api().body(Map.of("controls", List.of("TST-09"))).when().post(LIBRARY + "/upgrade").then().statusCode(422)
                .body("errors[0].field", equalTo("controls[0]"));
        api().body(Map.of("controls", List.of("TST-01", "TST-04"))).when().post(LIBRARY + "/upgrade").then()
                .statusCode(200).body("applied.libraryId", equalTo(List.of("TST-01", "TST-04")))
                .body("adopted.created[0].libraryId", equalTo("TST-04"));
        // what the tenant did not choose stays pending
        api().when().get(LIBRARY + "/upgrade").then().body("changes.libraryId", equalTo(List.of("TST-02")));
        api().body(Map.of("controls", List.of("tst-02"))).when().post(LIBRARY + "/upgrade").then().statusCode(200);
        api().when().get(LIBRARY + "/upgrade").then().body("changes", hasSize(0));
        api().queryParam("status", "retired").when().get("/api/v1/catalog/controls").then()
                .body("items.refCode", equalTo(List.of("TST-02")));
        api().when().get("/api/v1/catalog/controls").then()
                .body("items.find { it.refCode == 'TST-01' }.libraryVersion", equalTo("1.1.0"))
                .body("items.find { it.refCode == 'TST-03' }.libraryVersion", equalTo("1.0.0"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(
                        KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()) && r.value().contains("\"control.library-upgraded\"")
                        && r.value().contains("CC2.2") && r.value().contains("CC5.3")).count() == 1);
    }
}
