package dev.crosswalk.evidence.artifacts;

import static dev.crosswalk.evidence.EvidenceApi.EVIDENCE;
import static dev.crosswalk.evidence.EvidenceApi.as;
import static dev.crosswalk.evidence.EvidenceApi.item;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.crosswalk.evidence.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArtifactTest {
    private static final String ARTIFACTS = EVIDENCE + "/artifacts";
    private final String tenant = CatalogFixture.tenant("artifact");

    /** Sends the Content-Type exactly as given (REST Assured would append a charset to it). */
    private static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void uploadIsHashedCheckedStoredOnceAndUsableByEvidence() throws Exception {
        byte[] pdf = ("%PDF-1.7 access review " + tenant).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(pdf);
        given().header("X-Tenant-Id", tenant).contentType("application/pdf").header("X-Artifact-SHA256", sha).body(pdf)
                .when().post(ARTIFACTS).then().statusCode(201)
                .body("sha256", equalTo(sha))
                .body("size", equalTo(pdf.length))
                .body("mediaType", equalTo("application/pdf"));
        given().header("X-Tenant-Id", tenant).contentType("application/pdf").body(pdf)
                .when().post(ARTIFACTS).then().statusCode(201).body("sha256", equalTo(sha));
        byte[] downloaded = given().header("X-Tenant-Id", tenant).when().get(ARTIFACTS + "/" + sha)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, downloaded);

        CatalogFixture.controls(tenant, "quarterly", "IAM-05");
        as(tenant).body(item("IAM-05", "Access review PDF").replace("\"submitter\": \"ci-bot\",",
                        "\"submitter\": \"ci-bot\", \"artifact\": {\"sha256\": \"" + sha + "\"},"))
                .when().post(EVIDENCE).then().statusCode(201)
                .body("artifact.size", equalTo(pdf.length))
                .body("artifact.mediaType", equalTo("application/pdf"))
                .body("artifact.uri", equalTo(ARTIFACTS + "/" + sha));
    }

    @Test
    void aWrongDigestStoresNothingAndOtherTenantsCannotDownload() throws Exception {
        byte[] bytes = ("log extract " + tenant).getBytes(StandardCharsets.UTF_8);
        given().header("X-Tenant-Id", tenant).contentType("text/plain").header("X-Artifact-SHA256", "0".repeat(64))
                .body(bytes).when().post(ARTIFACTS).then().statusCode(422).contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).when().get(ARTIFACTS + "/" + sha256(bytes)).then().statusCode(404);
        given().header("X-Tenant-Id", tenant).contentType("text/plain").body(bytes)
                .when().post(ARTIFACTS).then().statusCode(201);
        given().header("X-Tenant-Id", CatalogFixture.tenant("other")).when().get(ARTIFACTS + "/" + sha256(bytes))
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-Tenant-Id", tenant).when().get(ARTIFACTS + "/not-a-hash").then().statusCode(404);
    }
}
