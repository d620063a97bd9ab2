package dev.crosswalk.catalog.applicability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who decided an SoA entry, and who recorded the scope, is who was signed in; a claimed name is shown apart. */
@QuarkusTest
class VerifiedDeciderTest {
    private static final String SOA = "/api/v1/catalog/applicability";
    private static final String SCOPE = "/api/v1/catalog/scope";

    private final String tenant = "decider-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification as(String subject) {
        return given().header("X-Tenant-Id", tenant).header(GatewayIdentity.SUBJECT, subject)
                .contentType(ContentType.JSON);
    }

    @Test
    void aDecisionRecordsTheSignedInSubjectWhateverTheBodyClaims() {
        as("key:isms-bot").body("{\"applicable\": true, \"reasons\": [\"legal\"], \"decidedBy\": \"CISO\"}")
                .when().put(SOA + "/A.5.31").then().statusCode(200)
                .body("decidedBy", equalTo("key:isms-bot"))
                .body("decidedByName", equalTo("CISO"));
        as("user:dana").body("{\"applicable\": true, \"reasons\": [\"contractual\"]}")
                .when().put(SOA + "/A.5.31").then().statusCode(200)
                .body("decidedBy", equalTo("user:dana"))
                .body("decidedByName", nullValue());
        as("user:someone").when().get(SOA + "/A.5.31/history").then().statusCode(200)
                .body("items.decidedBy", equalTo(List.of("user:dana", "key:isms-bot")))
                .body("items.decidedByName", equalTo(java.util.Arrays.asList(null, "CISO")));
    }

    @Test
    void aBulkDecisionRecordsTheSignedInSubjectForEveryItem() {
        as("user:erin").body("""
                        {"decisions": [
                          {"requirementId": "A.6.2", "applicable": true, "reasons": ["legal"], "decidedBy": "board"},
                          {"requirementId": "A.6.3", "applicable": true, "reasons": ["legal"]}]}""")
                .when().put(SOA).then().statusCode(200)
                .body("decidedBy", equalTo(List.of("user:erin", "user:erin")))
                .body("decidedByName", equalTo(java.util.Arrays.asList("board", null)));
    }

    @Test
    void aScopeVersionRecordsTheSignedInSubjectWhateverTheBodyClaims() {
        as("key:scope-sync").body("{\"summary\": \"Everything\", \"recordedBy\": \"management board\"}")
                .when().put(SCOPE).then().statusCode(201)
                .body("recordedBy", equalTo("key:scope-sync"))
                .body("recordedByName", equalTo("management board"));
        as("user:frank").when().get(SCOPE).then().statusCode(200)
                .body("recordedBy", equalTo("key:scope-sync"));
    }
}
