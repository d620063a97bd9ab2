package dev.crosswalk.mapping.reports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.EventExtensions;
import dev.crosswalk.events.EvidenceEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.GatewayIdentity;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports of a seeded tenant: controls, applicability decisions, risks and requirement titles from
 * catalog.events, mappings through the API, evidence from evidence.events.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
    private static final String SOA = "/api/v1/mappings/reports/soa";
    private final String tenant = "rep-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID risk = UUID.randomUUID();
    private UUID evidence;

    private RequestSpecification api() {
        return api(tenant);
    }

    private static RequestSpecification api(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    private UUID control(CloudEventSender sender, String ref) {
        UUID id = UUID.randomUUID();
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.CONTROL_CREATED, id.toString(), """
                {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "n", "owner": "o", "frequency": "quarterly",
                 "status": "active", "version": 0}""".formatted(id, tenant, ref));
        return id;
    }

    private void decide(CloudEventSender sender, String ref, boolean applicable, String justification, String reasons,
                        String riskIds, long version) {
        decide(sender, tenant, ref, applicable, justification, reasons, riskIds, version);
    }

    private static void decide(CloudEventSender sender, String tenant, String ref, boolean applicable, String justification, String reasons,
                        String riskIds, long version) {
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.APPLICABILITY_DECIDED, ref, """
                {"tenantId": "%s", "requirementId": "%s", "applicable": %s, "justification": %s, "reasons": [%s],
                 "riskIds": [%s], "decidedBy": "ciso", "decidedAt": "%s", "version": %d}"""
                .formatted(tenant, ref, applicable, justification == null ? "null" : "\"" + justification + "\"",
                        reasons, riskIds, Instant.now(), version));
    }

    /** Seeded once for the class, before the first test (RestAssured knows the test port only by then). */
    @BeforeEach
    void seed() {
        if (evidence != null) {
            return;
        }
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, EventExtensions.SHARED_TENANT, CatalogEventTypes.FRAMEWORK_PUBLISHED,
                    "iso27001:2022", """
                            {"frameworkId": "iso27001:2022", "name": "ISO/IEC 27001", "version": "2022", "contentHash": "h1",
                             "requirements": [{"ref": "A.5.15", "title": "Access control", "kind": "annex_control",
                                               "group": "organizational"}]}""");
            UUID iam = control(sender, "IAM-01");
            control(sender, "OPS-01");
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.RISK_CREATED, risk.toString(), """
                    {"id": "%s", "tenantId": "%s", "title": "Former staff keep access", "owner": "it-security",
                     "inherentScore": 20, "residualScore": 6, "treatment": "mitigate", "controlIds": ["%s"], "version": 0}"""
                    .formatted(risk, tenant, iam));
            decide(sender, "A.5.15", true, null, "\"risk_treatment\"", "\"" + risk + "\"", 0);
            decide(sender, "A.8.13", true, null, "\"legal\"", "", 1);
            decide(sender, "A.8.13", false, "stale", "", "", 0);
            decide(sender, "A.7.4", false, "Fully remote company without premises", "", "", 0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api().when().get("/api/v1/mappings/controls/OPS-01").statusCode() == 200);
            api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.5.15\"},"
                    + " {\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC6.1\"}]}")
                    .when().put("/api/v1/mappings/controls/IAM-01").then().statusCode(200);
            api().body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.8.13\"}]}")
                    .when().put("/api/v1/mappings/controls/OPS-01").then().statusCode(200);
            evidence = UUID.randomUUID();
            sender.send(Topics.EVIDENCE_EVENTS, tenant, EvidenceEventTypes.REVIEWED, evidence.toString(), """
                    {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "IAM-01"}], "kind": "attestation",
                     "result": "pass", "collectedAt": "%s", "validUntil": "%s", "reviewStatus": "accepted",
                     "expired": false, "version": 1}""".formatted(evidence, tenant, iam,
                    Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(60, ChronoUnit.DAYS)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath soa = api().when().get(SOA).then().statusCode(200).extract().jsonPath();
            return "implemented".equals(soa.getString("rows.find { it.ref == 'A.5.15' }.implementation"))
                    && "excluded".equals(soa.getString("rows.find { it.ref == 'A.7.4' }.applicability"))
                    && soa.getList("rows.find { it.ref == 'A.5.15' }.risks").size() == 1
                    && "Access control".equals(soa.getString("rows.find { it.ref == 'A.5.15' }.title"));
        });
    }

    @Test
    void theSoaListsEveryAnnexAControlWithDecisionImplementationControlsEvidenceAndRisks() {
        api().when().get(SOA).then().statusCode(200)
                .body("rows", hasSize(93))
                .body("summary.controls", equalTo(93))
                .body("summary.applicable", equalTo(2))
                .body("summary.excluded", equalTo(1))
                .body("summary.undecided", equalTo(90))
                // implemented = satisfied in ISO coverage, directly (A.5.15) or through the crosswalk from CC6.1
                .body("summary.implemented", equalTo(api().queryParam("framework", "iso27001:2022").when()
                        .get("/api/v1/mappings/coverage").then().extract().jsonPath()
                        .getList("requirements.findAll { it.ref.startsWith('A.') && it.status == 'satisfied' }").size()))
                .body("rows.find { it.ref == 'A.5.15' }.applicability", equalTo("applicable"))
                .body("rows.find { it.ref == 'A.5.15' }.reasons", equalTo(List.of("risk_treatment")))
                .body("rows.find { it.ref == 'A.5.15' }.controls", equalTo(List.of("IAM-01")))
                .body("rows.find { it.ref == 'A.5.15' }.evidenceCount", equalTo(1))
                .body("rows.find { it.ref == 'A.5.15' }.risks[0].title", equalTo("Former staff keep access"))
                .body("rows.find { it.ref == 'A.5.15' }.risks[0].inherentScore", equalTo(20))
                .body("rows.find { it.ref == 'A.5.15' }.theme", equalTo("organizational"))
                // version 1 (legal, applicable) wins over the late version 0
                .body("rows.find { it.ref == 'A.8.13' }.applicability", equalTo("applicable"))
                .body("rows.find { it.ref == 'A.8.13' }.reasons", equalTo(List.of("legal")))
                .body("rows.find { it.ref == 'A.8.13' }.implementation", equalTo("not_implemented"))
                .body("rows.find { it.ref == 'A.8.13' }.controls", equalTo(List.of("OPS-01")))
                .body("rows.find { it.ref == 'A.7.4' }.implementation", equalTo("not_applicable"))
                .body("rows.find { it.ref == 'A.7.4' }.justification", equalTo("Fully remote company without premises"))
                .body("rows.find { it.ref == 'A.8.1' }.applicability", equalTo("undecided"));
    }

    @Test
    void theSoaAsCsvParsesWithOneRecordPerControl() throws Exception {
        String csv = api().queryParam("format", "csv").when().get(SOA).then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", equalTo(
                        "attachment; filename=\"statement-of-applicability.csv\"")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(93, records.size());
        CSVRecord excluded = records.stream().filter(r -> r.get("Control").equals("A.7.4")).findFirst().orElseThrow();
        assertEquals("excluded", excluded.get("Applicability"));
        assertEquals("Fully remote company without premises", excluded.get("Justification"));
        assertEquals("not_applicable", excluded.get("Implementation"));
    }

    @Test
    void theSoaAsXlsxIsOneFilteredSheetWithAFrozenHeaderAndTheValues() throws Exception {
        byte[] xlsx = api().queryParam("format", "xlsx").when().get(SOA).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Statement of Applicability", sheet.getSheetName());
            assertEquals(93, sheet.getLastRowNum(), "a header and 93 rows");
            Row header = sheet.getRow(0);
            assertEquals("Control", header.getCell(0).getStringCellValue());
            assertEquals("Evidence", header.getCell(9).getStringCellValue());
            assertEquals(13, header.getLastCellNum());
            assertTrue(header.getCell(0).getCellStyle().getFontIndex() > 0, "bold header font");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header row frozen");
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "filters on the columns");
            assertTrue(sheet.getColumnWidth(4) > sheet.getColumnWidth(0), "widths follow the text");
            Row accessControl = find(sheet, "A.5.15");
            assertEquals("Access control", accessControl.getCell(1).getStringCellValue());
            assertEquals("implemented", accessControl.getCell(6).getStringCellValue());
            assertEquals("IAM-01", accessControl.getCell(8).getStringCellValue());
            assertEquals(1.0, accessControl.getCell(9).getNumericCellValue());
            assertEquals("Former staff keep access (20 -> 6)", accessControl.getCell(10).getStringCellValue());
        }
    }

    private static Row find(Sheet sheet, String ref) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(ref)) {
                return row;
            }
        }
        throw new AssertionError(ref + " not in the sheet");
    }

    @Test
    void aSnapshotKeepsTheSoaAsItStood() {
        String auditee = "rep-snap-" + UUID.randomUUID().toString().substring(0, 6);
        api(auditee).queryParam("asOf", "2000-01-01T00:00:00Z").when().get(SOA).then().statusCode(404)
                .contentType("application/problem+json");
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            decide(sender, auditee, "A.8.1", true, null, "\"business\"", "", 0);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "applicable".equals(api(auditee).when().get(SOA)
                .then().extract().path("rows.find { it.ref == 'A.8.1' }.applicability")));
        JsonPath taken = api(auditee).header(GatewayIdentity.SUBJECT, "user:lead-auditor")
                .body("{\"takenBy\": \"auditor\", \"note\": \"stage 2\"}").when()
                .post(SOA + "/snapshots").then().statusCode(201).body("summary.applicable", equalTo(1))
                .body("takenBy", equalTo("user:lead-auditor"))
                .body("takenByName", equalTo("auditor"))
                .extract().jsonPath();
        String id = taken.getString("id");
        Instant takenAt = Instant.parse(taken.getString("takenAt"));
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            decide(sender, auditee, "A.8.1", false, "Staff use managed VDI only", "", "", 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "excluded".equals(api(auditee).when().get(SOA)
                .then().extract().path("rows.find { it.ref == 'A.8.1' }.applicability")));
        api(auditee).queryParam("asOf", takenAt.plusMillis(1).toString()).when().get(SOA).then().statusCode(200)
                .body("snapshotId", equalTo(id))
                .body("rows.find { it.ref == 'A.8.1' }.applicability", equalTo("applicable"));
        api(auditee).queryParam("format", "csv").when().get(SOA + "/snapshots/" + id).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"statement-of-applicability-" + id + ".csv\""));
        api(auditee).when().get(SOA + "/snapshots").then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("[0].note", equalTo("stage 2"))
                .body("[0].takenBy", equalTo("user:lead-auditor")).body("[0].takenByName", equalTo("auditor"));
        api(auditee).body("{\"takenBy\": \"" + "x".repeat(201) + "\"}").when().post(SOA + "/snapshots").then()
                .statusCode(400).body("errors.field", hasItem("takenBy"));
        // another tenant sees neither the snapshot nor the decisions
        api().when().get(SOA + "/snapshots/" + id).then().statusCode(404).contentType("application/problem+json");
        api().when().get(SOA + "/snapshots").then().statusCode(200).body("", hasSize(0));
        api().when().get(SOA).then().statusCode(200).body("rows.find { it.ref == 'A.8.1' }.applicability",
                equalTo("undecided"));
        api(auditee).when().get(SOA).then().statusCode(200)
                .body("rows.find { it.ref == 'A.5.15' }.risks", hasSize(0))
                .body("rows.find { it.ref == 'A.5.15' }.evidenceCount", equalTo(0));
    }

    @Test
    void theSoc2ReportCountsEvidenceOfTheObservationPeriod() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api().queryParam("from", today.minusMonths(6).toString()).queryParam("to", today.toString())
                .when().get("/api/v1/mappings/reports/soc2").then().statusCode(200)
                .body("rows", hasSize(61))
                .body("summary.criteria", equalTo(61))
                .body("rows.find { it.ref == 'CC6.1' }.coverage", equalTo("satisfied"))
                .body("rows.find { it.ref == 'CC6.1' }.controls", equalTo(List.of("IAM-01")))
                .body("rows.find { it.ref == 'CC6.1' }.evidenceInPeriod", equalTo(1))
                // quarterly IAM-01 over six months and a day: the quarter before yesterday's record and the last day
                // have none
                .body("rows.find { it.ref == 'CC6.1' }.operation", equalTo("with_exceptions"))
                .body("rows.find { it.ref == 'CC6.1' }.occurrences", equalTo(3))
                .body("rows.find { it.ref == 'CC6.1' }.occurrencesCovered", equalTo(1))
                .body("rows.find { it.ref == 'CC6.1' }.controlsWithExceptions", equalTo(List.of("IAM-01")))
                .body("controls.find { it.control == 'IAM-01' }.exceptions[0].from", equalTo(today.minusMonths(6).toString()))
                .body("rows.find { it.ref == 'CC6.1' }.gap",
                        equalTo("2 of 3 occurrence(s) of its controls without accepted passing evidence in the period"))
                .body("rows.find { it.ref == 'CC8.1' }.gap", equalTo("no control counts for this criterion"))
                .body("rows.find { it.ref == 'CC8.1' }.operation", equalTo("without_evidence"))
                // every criterion IAM-01 counts for (directly or through the crosswalk) has the record, no other
                .body("summary.withExceptions", equalTo(api().queryParam("framework", "soc2-tsc:2017")
                        .when().get("/api/v1/mappings/coverage").then().extract().jsonPath()
                        .getList("requirements.findAll { it.controls.contains('IAM-01') }").size()))
                .body("summary.operatedThroughout", equalTo(0));
        // a period that ended before the evidence was collected has none of it
        api().queryParam("from", today.minusMonths(8).toString()).queryParam("to", today.minusMonths(2).toString())
                .when().get("/api/v1/mappings/reports/soc2").then().statusCode(200)
                .body("rows.find { it.ref == 'CC6.1' }.evidenceInPeriod", equalTo(0))
                .body("rows.find { it.ref == 'CC6.1' }.gap",
                        equalTo("no accepted passing evidence collected in the observation period"));
        byte[] xlsx = api().queryParam("from", today.minusMonths(6).toString()).queryParam("to", today.toString())
                .queryParam("format", "xlsx").when().get("/api/v1/mappings/reports/soc2").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(61, workbook.getSheetAt(0).getLastRowNum());
            assertEquals("Evidence in period", workbook.getSheetAt(0).getRow(0).getCell(9).getStringCellValue());
            assertEquals(1.0, find(workbook.getSheetAt(0), "CC6.1").getCell(9).getNumericCellValue());
            assertEquals("Reviewed by someone other than the submitter",
                    workbook.getSheetAt(0).getRow(0).getCell(10).getStringCellValue());
            assertEquals("with_exceptions", find(workbook.getSheetAt(0), "CC6.1").getCell(4).getStringCellValue());
            assertTrue(find(workbook.getSheetAt(0), "CC6.1").getCell(8).getStringCellValue()
                    .startsWith("IAM-01: 2 of 3 missed (" + today.minusMonths(6) + " to "));
        }
    }

    static Stream<Arguments> badReportParameters() {
        String soc2 = "/api/v1/mappings/reports/soc2";
        return Stream.of(
                Arguments.of(soc2, Map.of("from", "2026-01-01", "to", "2026-02-01"), "to"), // shorter than 3 months
                Arguments.of(soc2, Map.of("from", "2025-01-01", "to", "2026-06-01"), "to"), // longer than 12 months
                Arguments.of(soc2, Map.of("to", "2026-06-01"), "from"),
                Arguments.of(soc2, Map.of("from", "yesterday", "to", "2026-06-01"), "from"),
                Arguments.of(SOA, Map.of("format", "docx"), "format"),
                // a work list has no PDF rendition, only the documents (SoA, SOC 2 report) do
                Arguments.of("/api/v1/mappings/reports/gaps", Map.of("framework", "iso27001:2022", "format", "pdf"),
                        "format"),
                Arguments.of(SOA, Map.of("asOf", "last week"), "asOf"),
                Arguments.of("/api/v1/mappings/reports/gaps", Map.of(), "framework"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("badReportParameters")
    void aBadReportParameterIsAProblemNamingTheParameter(String report, Map<String, String> query, String field) {
        api().queryParams(query).when().get(report).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void aSnapshotIdThatIsNotAUuidIsNotFound() {
        api().when().get(SOA + "/snapshots/not-a-uuid").then().statusCode(404);
    }

    @Test
    void coverageCountsEveryRecordButNamesOnlyTheNewest() {
        String busy = "rep-busy-" + UUID.randomUUID().toString().substring(0, 6);
        UUID control = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            sender.send(Topics.CATALOG_EVENTS, busy, CatalogEventTypes.CONTROL_CREATED, control.toString(), """
                    {"id": "%s", "tenantId": "%s", "refCode": "OPS-09", "name": "n", "owner": "o", "frequency": "daily",
                     "status": "active", "version": 0}""".formatted(control, busy));
            await().atMost(Duration.ofSeconds(30)).until(() -> api(busy)
                    .body("{\"requirements\": [{\"framework\": \"iso27001:2022\", \"ref\": \"A.8.13\"}]}")
                    .when().put("/api/v1/mappings/controls/OPS-09").statusCode() == 200);
            for (int i = 0; i < 25; i++) {
                UUID id = UUID.randomUUID();
                sender.send(Topics.EVIDENCE_EVENTS, busy, EvidenceEventTypes.REVIEWED, id.toString(), """
                        {"id": "%s", "tenantId": "%s", "controls": [{"id": "%s", "refCode": "OPS-09"}],
                         "kind": "automated_check", "result": "pass", "collectedAt": "%s", "validUntil": "%s",
                         "reviewStatus": "accepted", "expired": false, "version": 1}""".formatted(id, busy, control,
                        Instant.now().minus(i + 1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS)));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(25).equals(api(busy)
                .queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage")
                .path("requirements.find { it.ref == 'A.8.13' }.evidenceCount")));
        api(busy).queryParam("framework", "iso27001:2022").when().get("/api/v1/mappings/coverage").then()
                .body("requirements.find { it.ref == 'A.8.13' }.evidence", hasSize(20))
                .body("requirements.find { it.ref == 'A.8.13' }.status", equalTo("satisfied"));
        api(busy).when().get(SOA).then().body("rows.find { it.ref == 'A.8.13' }.evidenceCount", equalTo(25));
    }

    @Test
    void theGapReportIsAvailableAsCsv() throws Exception {
        String csv = api().queryParam("framework", "iso27001:2022").queryParam("format", "csv")
                .when().get("/api/v1/mappings/reports/gaps").then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertTrue(records.stream().anyMatch(r -> r.get("Requirement").equals("A.8.13")));
        assertTrue(records.stream().noneMatch(r -> r.get("Requirement").equals("A.5.15")), "A.5.15 is satisfied");
    }
}
