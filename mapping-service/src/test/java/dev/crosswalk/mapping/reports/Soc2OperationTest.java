package dev.crosswalk.mapping.reports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Evidence counted as an auditor counts it: a record attached to two controls once, the date a status drops,
 * and SOC 2 Type 2 operation over the observation period, occurrence by occurrence.
 */
@QuarkusTest
class Soc2OperationTest {
    private static final String FROM = "2026-06-01";
    private static final String TO = "2026-11-30";
    private final String tenant = "t2-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification api() {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private UUID control(CloudEventSender sender, String ref, String criterion) {
        return control(sender, ref, criterion, "quarterly");
    }

    private UUID control(CloudEventSender sender, String ref, String criterion, String frequency) {
        UUID id = UUID.randomUUID();
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "n", "owner": "o", "frequency": "%s",
                 "status": "active", "version": 0}""".formatted(id, tenant, ref, frequency));
        await().atMost(Duration.ofSeconds(30)).until(() -> api()
                .body("{\"requirements\": [{\"framework\": \"soc2-tsc:2017\", \"ref\": \"" + criterion + "\"}]}")
                .when().put("/api/v1/mappings/controls/" + ref).statusCode() == 200);
        return id;
    }

    private void evidence(CloudEventSender sender, UUID id, String review, int version, Instant collected,
                          Instant validUntil, UUID... controls) {
        String links = String.join(", ", java.util.Arrays.stream(controls)
                .map(c -> "{\"id\": \"" + c + "\", \"refCode\": \"x\"}").toList());
        sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "controls": [%s], "kind": "attestation", "result": "pass",
                 "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "%s", "expired": false, "version": %d}"""
                .formatted(id, tenant, links, collected, validUntil, review, version));
    }

    /** A record as evidence-service announces it now: with the verified subjects that submitted and reviewed it. */
    private void reviewed(CloudEventSender sender, UUID control, Instant collected, String submittedBy,
                          String reviewedBy) {
        UUID id = UUID.randomUUID();
        sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "x"}], "kind": "attestation",
                 "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                 "expired": false, "version": 1, "submittedBy": "%s", "reviewedBy": "%s"}"""
                .formatted(id, tenant, control, collected, Instant.now().plus(60, ChronoUnit.DAYS), submittedBy,
                        reviewedBy));
    }

    private JsonPath coverage() {
        return api().queryParam("framework", "soc2-tsc:2017").when().get("/api/v1/mappings/coverage").then()
                .statusCode(200).extract().jsonPath();
    }

    private JsonPath report() {
        return api().queryParam("from", FROM).queryParam("to", TO).when().get("/api/v1/mappings/reports/soc2").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aRecordOnTwoControlsCountsOnceAndTheStatusHoldsUntilTheFirstDecidingRecordExpires() {
        Instant validUntil = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant laterValidUntil = validUntil.plus(30, ChronoUnit.DAYS);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            UUID first = control(sender, "ACC-01", "CC6.2");
            UUID second = control(sender, "ACC-02", "CC6.2");
            evidence(sender, UUID.randomUUID(), "accepted", 1, Instant.parse("2026-07-10T09:00:00Z"), validUntil, first, second);
            evidence(sender, UUID.randomUUID(), "accepted", 1, Instant.parse("2026-07-20T09:00:00Z"), laterValidUntil, first);
            UUID monthly = control(sender, "LOG-09", "CC7.2", "monthly");
            evidence(sender, UUID.randomUUID(), "accepted", 1, Instant.parse("2026-06-12T09:00:00Z"), laterValidUntil, monthly);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "satisfied".equals(coverage().getString("requirements.find { it.ref == 'CC6.2' }.status"))
                        && coverage().getInt("requirements.find { it.ref == 'CC6.2' }.evidenceCount") == 2
                        && "satisfied".equals(coverage().getString("requirements.find { it.ref == 'CC7.2' }.status")));
        JsonPath coverage = coverage();
        assertEquals(2, coverage.getInt("requirements.find { it.ref == 'CC6.2' }.evidenceCount"),
                "the shared record once and ACC-01's own record: two, not three");
        assertEquals(2, coverage.getList("requirements.find { it.ref == 'CC6.2' }.evidence").size());
        // ACC-02 rests on the shared record alone: when it expires, CC6.2 drops to partial
        assertEquals(validUntil, Instant.parse(coverage.getString("requirements.find { it.ref == 'CC6.2' }.holdsUntil")));
        assertNull(coverage.getString("requirements.find { it.ref == 'CC8.1' }.holdsUntil"), "a gap rests on nothing");

        JsonPath report = report();
        assertEquals(2, report.getInt("rows.find { it.ref == 'CC6.2' }.evidenceInPeriod"));
        // a monthly control evidenced in June only: July to November is one run of five missed months
        assertEquals(List.of("2026-07-01"), report.getList("controls.find { it.control == 'LOG-09' }.exceptions.from"));
        assertEquals(List.of("2026-11-30"), report.getList("controls.find { it.control == 'LOG-09' }.exceptions.to"));
        assertEquals(List.of(5), report.getList("controls.find { it.control == 'LOG-09' }.exceptions.occurrences"));
        assertEquals(1, report.getInt("controls.find { it.control == 'LOG-09' }.covered"));
        assertEquals(4, report.getInt("rows.find { it.ref == 'CC6.2' }.occurrences"), "two quarters of two controls");
        assertEquals(List.of("ACC-01", "ACC-02"), report.getList("rows.find { it.ref == 'CC6.2' }.controlsWithExceptions"));
        assertEquals(List.of(1), report.getList("controls.find { it.control == 'ACC-02' }.exceptions.occurrences"));
    }

    @Test
    void aQuarterWithoutAcceptedEvidenceIsAnExceptionUntilItsEvidenceIsAccepted() {
        UUID control;
        UUID secondQuarter = UUID.randomUUID();
        Instant validUntil = Instant.now().plus(60, ChronoUnit.DAYS);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            control = control(sender, "IAM-01", "CC6.3");
            evidence(sender, UUID.randomUUID(), "accepted", 1, Instant.parse("2026-07-15T10:00:00Z"), validUntil, control);
            evidence(sender, secondQuarter, "pending", 1, Instant.parse("2026-10-23T10:00:00Z"), validUntil, control);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                report().getInt("rows.find { it.ref == 'CC6.3' }.evidenceInPeriod") == 1);
        JsonPath report = report();
        String row = "rows.find { it.ref == 'CC6.3' }";
        // satisfied today on the July review, but the report attests the whole period: the second quarter is missing
        assertEquals("satisfied", report.getString(row + ".coverage"));
        assertEquals("with_exceptions", report.getString(row + ".operation"));
        assertEquals(2, report.getInt(row + ".occurrences"));
        assertEquals(1, report.getInt(row + ".occurrencesCovered"));
        String iam = "controls.find { it.control == 'IAM-01' }";
        assertEquals(List.of("2026-09-01"), report.getList(iam + ".exceptions.from"));
        assertEquals(List.of("2026-11-30"), report.getList(iam + ".exceptions.to"));
        assertEquals("quarterly", report.getString(iam + ".frequency"));
        assertEquals(List.of("IAM-01"), report.getList(row + ".controlsWithExceptions"));
        assertEquals(1, report.getInt("summary.withExceptions"));
        assertEquals(0, report.getInt("summary.operatedThroughout"));
        assertEquals(report.getInt("summary.criteria") - 1, report.getInt("summary.withoutEvidence"));

        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            evidence(sender, secondQuarter, "accepted", 2, Instant.parse("2026-10-23T10:00:00Z"), validUntil, control);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "operated_throughout".equals(report().getString("rows.find { it.ref == 'CC6.3' }.operation")));
        report = report();
        assertEquals(List.of(), report.getList(row + ".controlsWithExceptions"));
        assertEquals(List.of(), report.getList("controls.find { it.control == 'IAM-01' }.exceptions"));
        assertEquals(2, report.getInt(row + ".occurrencesCovered"));
        assertEquals(2, report.getInt(row + ".evidenceInPeriod"));
        assertNull(report.getString(row + ".gap"));
        assertEquals(1, report.getInt("summary.operatedThroughout"));
        assertEquals(0, report.getInt("summary.withExceptions"));
    }

    @Test
    void theReportShowsWhetherTheEvidenceThatCountedWasReviewedBySomeoneElse() {
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            UUID independent = control(sender, "SEG-01", "CC6.6");
            reviewed(sender, independent, Instant.parse("2026-07-10T09:00:00Z"), "key:uploader", "user:reviewer");
            reviewed(sender, independent, Instant.parse("2026-10-10T09:00:00Z"), "key:uploader", "user:reviewer");
            UUID self = control(sender, "SEG-02", "CC6.7");
            reviewed(sender, self, Instant.parse("2026-07-11T09:00:00Z"), "key:uploader", "user:reviewer");
            reviewed(sender, self, Instant.parse("2026-10-11T09:00:00Z"), "key:uploader", "key:uploader");
            // a record projected before the subjects were carried: the report cannot show who reviewed it
            UUID unknown = control(sender, "SEG-03", "CC6.8");
            evidence(sender, UUID.randomUUID(), "accepted", 1, Instant.parse("2026-07-12T09:00:00Z"),
                    Instant.now().plus(60, ChronoUnit.DAYS), unknown);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> report().getInt("rows.find { it.ref == 'CC6.6' }.evidenceInPeriod") == 2
                && report().getInt("rows.find { it.ref == 'CC6.7' }.evidenceInPeriod") == 2
                && report().getInt("rows.find { it.ref == 'CC6.8' }.evidenceInPeriod") == 1);
        JsonPath report = report();
        assertEquals(2, report.getInt("controls.find { it.control == 'SEG-01' }.reviewedBySomeoneElse"));
        assertEquals(1, report.getInt("controls.find { it.control == 'SEG-02' }.reviewedBySomeoneElse"));
        assertEquals(0, report.getInt("controls.find { it.control == 'SEG-03' }.reviewedBySomeoneElse"));
        assertEquals(true, report.get("rows.find { it.ref == 'CC6.6' }.reviewsSegregated"));
        assertEquals(false, report.get("rows.find { it.ref == 'CC6.7' }.reviewsSegregated"));
        assertEquals(false, report.get("rows.find { it.ref == 'CC6.8' }.reviewsSegregated"));
        assertNull(report.get("rows.find { it.ref == 'CC8.1' }.reviewsSegregated"), "no evidence, nothing to show");
    }
}
