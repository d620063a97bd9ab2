package dev.crosswalk.mapping.crosswalk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class LinkOverrideTest {
    private static final String CW = "/api/v1/mappings/crosswalks/iso27001-2022_soc2-tsc-2017";
    private final String tenant = "ovr-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api(String who) {
        return given().header("X-Tenant-Id", who).contentType(ContentType.JSON);
    }

    @Test
    void aTenantRetypesRejectsAndAddsLinksWithoutChangingTheSharedCrosswalk() {
        JsonPath first = given().queryParam("size", 2).when().get(CW + "/links").then().extract().jsonPath();
        String s1 = first.getString("items[0].from.ref");
        String t1 = first.getString("items[0].to.ref");
        String s2 = first.getString("items[1].from.ref");
        String t2 = first.getString("items[1].to.ref");
        api(tenant).body(Map.of("source", s1, "target", t1, "action", "retype", "relationship", "equal",
                        "strength", 10, "rationale", "Our access policy implements the criterion in full"))
                .when().put(CW + "/overrides").then().statusCode(200).body("relationship", equalTo("equal"));
        api(tenant).body(Map.of("source", s2, "target", t2, "action", "reject",
                        "rationale", "Not how we operate this control"))
                .when().put(CW + "/overrides").then().statusCode(200);
        api(tenant).body(Map.of("source", "A.5.32", "target", "CC2.3", "action", "add", "relationship", "intersects_with",
                        "strength", 3, "rationale", "Licence terms are communicated to vendors"))
                .when().put(CW + "/overrides").then().statusCode(200);

        List<Map<String, Object>> links = api(tenant).when().get(CW + "/effective-links").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertTrue(links.stream().anyMatch(l -> l.get("sourceRef").equals(s1) && l.get("targetRef").equals(t1)
                && l.get("relationship").equals("equal") && l.get("origin").equals("tenant")));
        assertTrue(links.stream().noneMatch(l -> l.get("sourceRef").equals(s2) && l.get("targetRef").equals(t2)));
        assertTrue(links.stream().anyMatch(l -> l.get("sourceRef").equals("A.5.32") && l.get("origin").equals("tenant")));
        api(tenant).when().get(CW + "/overrides").then().body("", hasSize(3));

        // the shared crosswalk and other tenants are untouched
        given().queryParam("source", s1).queryParam("target", t1).when().get(CW + "/links").then()
                .body("items[0].relationship", equalTo(first.getString("items[0].relationship")));
        List<Map<String, Object>> others = api("other-" + tenant).when().get(CW + "/effective-links").then()
                .extract().jsonPath().getList("");
        assertTrue(others.stream().allMatch(l -> l.get("origin").equals("shared")));
        assertTrue(others.stream().anyMatch(l -> l.get("sourceRef").equals(s2) && l.get("targetRef").equals(t2)));

        api(tenant).queryParam("source", s2).queryParam("target", t2).when().delete(CW + "/overrides").then().statusCode(204);
        api(tenant).queryParam("source", s2).queryParam("target", t2).when().delete(CW + "/overrides").then().statusCode(404);
        assertEquals(2, api(tenant).when().get(CW + "/overrides").then().extract().jsonPath().getList("").size());
    }

    static Stream<Arguments> overridesThatDoNotFit() {
        return Stream.of(
                Arguments.of(Map.of("source", "A.99", "target", "CC6.1", "action", "add", "relationship", "equal",
                        "strength", 5, "rationale", "x"), "source"), // not a requirement of the crosswalk
                Arguments.of(Map.of("source", "A.5.32", "target", "CC6.1", "action", "reject", "rationale", "x"),
                        "action"), // no such shared link to reject
                Arguments.of(Map.of("source", "A.5.32", "target", "CC6.1", "action", "add", "rationale", "x"),
                        "relationship"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("overridesThatDoNotFit")
    void anOverrideMustFitTheCrosswalk(Map<String, Object> override, String field) {
        api(tenant).body(override).when().put(CW + "/overrides").then().statusCode(422)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anUnknownActionIsABadRequestAndAnUnsignedCallerIsRefused() {
        api(tenant).body(Map.of("source", "A.5.32", "target", "CC6.1", "action", "merge", "rationale", "x"))
                .when().put(CW + "/overrides").then().statusCode(400);
        given().header(GatewayIdentity.RAW, "yes").contentType(ContentType.JSON)
                .when().get(CW + "/overrides").then().statusCode(401);
    }
}
