package dev.crosswalk.evidence.settings;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.crosswalk.evidence.CatalogFixture;
import dev.crosswalk.testsupport.GatewayIdentity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Segregation of duties is a per-tenant setting, on until a tenant turns it off. */
@QuarkusTest
class EvidenceSettingsTest {
    private static final String SETTINGS = EVIDENCE + "/settings";
    private static final String ACCEPT = "{\"decision\": \"accepted\", \"reviewer\": \"me\"}";

    private static String recorded(String tenant) {
        return as(tenant).body(item("OPS-30", "Backup restore test")).when().post(EVIDENCE).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void selfAcceptanceIsAllowedOnlyWhereTheTenantTurnedSegregationOff() {
        String relaxed = CatalogFixture.tenant("sod-off");
        String strict = CatalogFixture.tenant("sod-on");
        CatalogFixture.controls(relaxed, "weekly", "OPS-30");
        CatalogFixture.controls(strict, "weekly", "OPS-30");
        as(relaxed).when().get(SETTINGS).then().statusCode(200)
                .body("segregationOfDuties", equalTo(true))
                .body("updatedBy", nullValue());
        String own = recorded(relaxed);
        as(relaxed).body(ACCEPT).when().post(EVIDENCE + "/" + own + "/review").then().statusCode(403);

        as(relaxed).header(GatewayIdentity.SUBJECT, "user:admin").body("{\"segregationOfDuties\": false}")
                .when().put(SETTINGS).then().statusCode(200)
                .body("segregationOfDuties", equalTo(false))
                .body("updatedBy", equalTo("user:admin"))
                .body("updatedAt", notNullValue());
        as(relaxed).when().get(SETTINGS).then().body("segregationOfDuties", equalTo(false));
        as(relaxed).body(ACCEPT).when().post(EVIDENCE + "/" + own + "/review").then().statusCode(200)
                .body("review.reviewer", equalTo(GatewayIdentity.DEFAULT_SUBJECT));

        // the other tenant keeps the default
        as(strict).when().get(SETTINGS).then().statusCode(200).body("segregationOfDuties", equalTo(true));
        String theirs = recorded(strict);
        as(strict).body(ACCEPT).when().post(EVIDENCE + "/" + theirs + "/review").then().statusCode(403)
                .contentType("application/problem+json");

        as(relaxed).body("{\"segregationOfDuties\": true}").when().put(SETTINGS).then().statusCode(200);
        String next = recorded(relaxed);
        as(relaxed).body(ACCEPT).when().post(EVIDENCE + "/" + next + "/review").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"segregationOfDuties\": null}", "{\"segregationOfDuties\": \"maybe\"}", "[]"})
    void aSettingsBodyWithoutAClearChoiceIsABadRequest(String body) {
        String tenant = CatalogFixture.tenant("sod-bad");
        as(tenant).body(body).when().put(SETTINGS).then().statusCode(400).contentType("application/problem+json");
        as(tenant).when().get(SETTINGS).then().body("segregationOfDuties", equalTo(true));
    }
}
