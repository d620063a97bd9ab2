package dev.crosswalk.catalog.soc2scope;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tenant chooses the TSC categories of its SOC 2 report: security always, the rest by choice, with history. */
@QuarkusTest
class Soc2ScopeResourceTest {
    private static final String SCOPE = "/api/v1/catalog/soc2-scope";

    @Test
    void aChoiceKeepsSecurityIsRecordedAsWhoDecidedAndIsAnnounced() {
        String tenant = "scope-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Tenant-Id", tenant).when().get(SCOPE).then().statusCode(200)
                .body("categories", equalTo(List.of("security", "availability", "confidentiality",
                        "processing_integrity", "privacy")))
                .body("version", equalTo(0)).body("decidedBy", nullValue());
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body(Map.of("categories", List.of("availability", "confidentiality")))
                .when().put(SCOPE).then().statusCode(200)
                .body("categories", equalTo(List.of("security", "availability", "confidentiality")))
                .body("version", equalTo(1))
                .body("decidedBy", equalTo("test"));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(Map.of("categories", List.of()))
                .when().put(SCOPE).then().statusCode(200).body("categories", equalTo(List.of("security")))
                .body("version", equalTo(2));
        given().header("X-Tenant-Id", tenant).when().get(SCOPE + "/history").then().statusCode(200)
                .body("version", equalTo(List.of(2, 1)));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(Map.of("categories", List.of("ethics")))
                .when().put(SCOPE).then().statusCode(400).contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{}")
                .when().put(SCOPE).then().statusCode(400).body("errors[0].field", equalTo("categories"));
        given().header("X-Tenant-Id", "scope-other").when().get(SCOPE + "/history").then().statusCode(200)
                .body("", hasSize(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(
                        KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()) && r.value().contains("\"soc2-scope.decided\"")).count() == 2);
    }
}
