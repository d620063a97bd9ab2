package dev.crosswalk.mapping.reports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The printable forms: every XLSX set up for printing, and the SoA and SOC 2 report as PDF documents. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedReportsTest {
    private static final String SOA = "/api/v1/mappings/reports/soa";
    private static final String SOC2 = "/api/v1/mappings/reports/soc2";
    private static final String EXCLUSION = "Fully remote company without premises, so no physical entry to secure";
    private final String tenant = "print-" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private boolean seeded;

    private RequestSpecification api() {
        return api(tenant);
    }

    private static RequestSpecification api(String tenant) {
        return given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON);
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            decide(sender, "A.7.4", false, "\"" + EXCLUSION + "\"");
            decide(sender, "A.5.15", true, "null");
            sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.SOC2_SCOPE_DECIDED, tenant, """
                    {"tenantId": "%s", "categories": ["security", "availability"], "decidedBy": "cfo",
                     "decidedAt": "%s", "version": 2}""".formatted(tenant, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api().when().get(SOA).then().extract().jsonPath()
                .getInt("summary.excluded") == 1 && api().queryParam("from", today.minusMonths(3).toString())
                .queryParam("to", today.toString()).when().get(SOC2).then().extract().jsonPath()
                .getInt("summary.criteria") < 61);
        seeded = true;
    }

    private void decide(CloudEventSender sender, String ref, boolean applicable, String justification) {
        sender.send(Topics.CATALOG_EVENTS, tenant, CatalogEventTypes.APPLICABILITY_DECIDED, ref, """
                {"tenantId": "%s", "requirementId": "%s", "applicable": %s, "justification": %s, "reasons": [],
                 "riskIds": [], "decidedBy": "ciso", "decidedAt": "%s", "version": 0}"""
                .formatted(tenant, ref, applicable, justification, Instant.now()));
    }

    Stream<Arguments> spreadsheets() {
        String period = "from=" + today.minusMonths(3) + "&to=" + today;
        return Stream.of(
                Arguments.of(SOA + "?format=xlsx", "Statement of Applicability"),
                Arguments.of(SOC2 + "?format=xlsx&" + period, "SOC 2 criteria"),
                Arguments.of("/api/v1/mappings/reports/gaps?format=xlsx&framework=iso27001:2022", "Gap report"),
                Arguments.of("/api/v1/mappings/crosswalks/iso27001-2022_soc2-tsc-2017/delta?format=xlsx"
                        + "&framework=soc2-tsc:2017", "Delta to soc2-tsc:2017"),
                Arguments.of("/api/v1/mappings/control-set?format=xlsx", "Control set"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spreadsheets")
    void everySpreadsheetPrintsLandscapeOnePageWideWithItsHeaderRowAndWhoseItIs(String url, String report)
            throws Exception {
        byte[] xlsx = api().when().get(url).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getPrintSetup().getLandscape(), "landscape");
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getFitToPage(), "fitted to the page");
            assertEquals(1, sheet.getPrintSetup().getFitWidth(), "one page wide");
            assertEquals(0, sheet.getPrintSetup().getFitHeight(), "as many pages tall as needed");
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), "the header row on every page");
            assertEquals(tenant, sheet.getHeader().getLeft());
            assertTrue(sheet.getHeader().getCenter().startsWith(report), sheet.getHeader().getCenter());
            assertTrue(sheet.getHeader().getRight().endsWith(", " + today), sheet.getHeader().getRight());
            assertEquals("Page &P of &N", sheet.getFooter().getRight());
            Row header = sheet.getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                assertTrue(sheet.getColumnWidth(c) <= 40 * 256, "column " + c + " wraps rather than widens");
                assertTrue(header.getCell(c).getCellStyle().getWrapText(), "header cell " + c + " wraps");
            }
            if (sheet.getLastRowNum() > 0) {
                assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getWrapText(), "data cells wrap");
            }
        }
    }

    @Test
    void theSocTwoSpreadsheetNamesTheVersionOfItsScope() throws Exception {
        byte[] xlsx = api().queryParam("from", today.minusMonths(3).toString()).queryParam("to", today.toString())
                .queryParam("format", "xlsx").when().get(SOC2).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("scope version 2, " + today, workbook.getSheetAt(0).getHeader().getRight());
        }
    }

    @Test
    void aWrappedRowIsAsTallAsItsLinesSoPrintedRowsDoNotOverlap() throws Exception {
        byte[] xlsx = api().queryParam("format", "xlsx").when().get(SOA).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row excluded = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("A.7.4")).findFirst().orElseThrow();
            Row undecided = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(3).getStringCellValue().equals("undecided")).findFirst().orElseThrow();
            assertEquals(2 * sheet.getDefaultRowHeightInPoints(), excluded.getHeightInPoints(),
                    "a 70-letter justification in a 40-wide column takes two lines");
            assertEquals(sheet.getDefaultRowHeightInPoints(), undecided.getHeightInPoints());
        }
    }

    @Test
    void theSoaAsPdfIsADocumentWithTitleBlockTableAndSummary() throws Exception {
        byte[] pdf = api().queryParam("format", "pdf").when().get(SOA).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"statement-of-applicability.pdf\"")
                .extract().asByteArray();
        List<String> pages = PdfText.pages(pdf);
        assertTrue(pages.size() >= 2, "93 controls take more than a page, got " + pages.size());
        assertTrue(pages.getFirst().contains(PdfText.squeeze("Organisation " + tenant)), pages.getFirst());
        assertTrue(pages.getFirst().contains(PdfText.squeeze("Date " + today + " Approved by not approved")),
                "a current SoA is a working copy: " + pages.getFirst());
        IntStream.range(0, pages.size()).forEach(p -> {
            assertTrue(pages.get(p).contains("Page" + (p + 1) + "of" + pages.size()), "page " + (p + 1));
            assertTrue(pages.get(p).contains("ControlTitleThemeApplicabilityJustification"), "header on " + (p + 1));
        });
        assertTrue(pages.getLast().contains(PdfText.squeeze("Annex A controls: 93 Applicable: 1 Excluded: 1")),
                pages.getLast());
        List<String> withExclusion = pages.stream().filter(p -> p.contains("A.7.4")).toList();
        assertEquals(1, withExclusion.size(), "A.7.4 on one page");
        assertTrue(withExclusion.getFirst().contains(PdfText.squeeze(EXCLUSION)), "its justification whole beside it");
    }

    @Test
    void aSnapshotAsPdfIsApprovedByWhoTookItAndOnlyItsTenantSeesIt() throws Exception {
        String id = api().body(Map.of("takenBy", "Jane Roe, CISO", "note", "stage 2 audit")).when()
                .post(SOA + "/snapshots").then().statusCode(201).extract().path("id");
        byte[] pdf = api().queryParam("format", "pdf").when().get(SOA + "/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();
        assertTrue(PdfText.pages(pdf).getFirst().contains(PdfText.squeeze("Approved by test (Jane Roe, CISO)")),
                "the signed-in subject that took it, with the name it gave");
        api("print-other").queryParam("format", "pdf").when().get(SOA + "/snapshots/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSocTwoReportAsPdfNamesItsScopeAndEndsWithTheCounts() throws Exception {
        byte[] pdf = api().queryParam("from", today.minusMonths(3).toString()).queryParam("to", today.toString())
                .queryParam("format", "pdf").when().get(SOC2).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        List<String> pages = PdfText.pages(pdf);
        assertTrue(pages.getFirst().contains(PdfText.squeeze(
                "Scope Trust Services Categories: security, availability Scope version 2")), pages.getFirst());
        int criteria = api().queryParam("from", today.minusMonths(3).toString()).queryParam("to", today.toString())
                .when().get(SOC2).then().extract().path("summary.criteria");
        assertTrue(pages.getLast().contains(PdfText.squeeze("Criteria: " + criteria)), pages.getLast());
    }

    @Test
    void theSoaNamesTheIsmsScopeStatementAndVersionItBelongsTo() throws Exception {
        String scoped = "print-scope-" + UUID.randomUUID().toString().substring(0, 8);
        try (CloudEventSender sender = new CloudEventSender(KafkaTestResource.broker().bootstrapServers())) {
            for (int version : new int[] {3, 2}) {
                sender.send(Topics.CATALOG_EVENTS, scoped, CatalogEventTypes.SCOPE_RECORDED, scoped, """
                        {"tenantId": "%s", "summary": "Invoicing SaaS, version %d", "version": %d, "recordedBy": "ciso",
                         "recordedAt": "%s"}""".formatted(scoped, version, version, Instant.now()));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> headerRight(scoped).equals("scope version 3, " + today));
        byte[] pdf = api(scoped).queryParam("format", "pdf").when().get(SOA).then().statusCode(200).extract().asByteArray();
        assertTrue(PdfText.pages(pdf).getFirst().contains(PdfText.squeeze("Invoicing SaaS, version 3")),
                "the newest statement, not the older one that arrived later");
    }

    private String headerRight(String tenantId) throws Exception {
        byte[] xlsx = api(tenantId).queryParam("format", "xlsx").when().get(SOA).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getHeader().getRight();
        }
    }
}
