package dev.crosswalk.catalog.controlset;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.events.Topics;
import dev.crosswalk.testsupport.KafkaTestResource;
import dev.crosswalk.testsupport.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A tenant brings its control set as a spreadsheet: a dry run per row, then all rows or none. */
@QuarkusTest
class ControlSetImportTest {
    private static final String IMPORT = "/api/v1/catalog/control-set/import";
    private static final String HEADER = "ref,name,description,owner,frequency,iso27001_2022,soc2_tsc_2017\n";
    private static final String GOOD = """
            GOV-A,Security policy,"Approved yearly, published to staff",CISO,annual,A.5.1; 5.2,CC5.3
            IAM-A,Access review,=HYPERLINK("http://evil.example"),IT lead,quarterly,A.5.18,CC6.2 CC6.3
            """;
    private static final String BAD = """
            OPS-A,Backups,,,daily,A.9.99,A1.2
            GOV-A,Policy again,,,annual,,
            HR-A,,,,annual,A.6.3,
            VULN-A,Scanning,,,fortnightly,A.8.8,CC7.1
            """;

    private static String tenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification csv(String tenant, String body) {
        return given().header("X-Tenant-Id", tenant).contentType("text/csv").body(body);
    }

    @Test
    void aDryRunSaysPerRowWhatWouldHappenAndTheImportIsAllOrNothing() {
        String tenant = tenant("sheet");
        JsonPath dry = csv(tenant, HEADER + GOOD + BAD).queryParam("dryRun", "true").when().post(IMPORT).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("create", "create", "refused", "refused", "refused", "refused"), dry.getList("rows.action"));
        assertEquals(List.of(2, 3, 4, 5, 6, 7), dry.getList("rows.row"));
        assertEquals(List.of(3, 3, 0, 0, 0, 0), dry.getList("rows.requirements"));
        assertEquals("rows[4].iso27001_2022", dry.getString("rows[2].problems[0].field"));
        assertEquals("'A.9.99' is not a requirement of iso27001:2022", dry.getString("rows[2].problems[0].message"));
        assertEquals("'GOV-A' is already on row 2", dry.getString("rows[3].problems[0].message"));
        assertEquals("rows[6].name", dry.getString("rows[4].problems[0].field"));
        assertEquals("rows[7].frequency", dry.getString("rows[5].problems[0].field"));
        assertEquals(2, dry.getInt("created"));
        assertEquals(4, dry.getInt("refused"));
        given().header("X-Tenant-Id", tenant).when().get("/api/v1/catalog/controls").then().body("items", hasSize(0));

        csv(tenant, HEADER + GOOD + BAD).when().post(IMPORT).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[4].iso27001_2022"))
                .body("errors.field", hasItem("rows[7].frequency"));
        given().header("X-Tenant-Id", tenant).when().get("/api/v1/catalog/controls").then().body("items", hasSize(0));

        csv(tenant, HEADER + GOOD).when().post(IMPORT).then().statusCode(200).body("created", equalTo(2));
        given().header("X-Tenant-Id", tenant).when().get("/api/v1/catalog/controls").then()
                .body("items.refCode", equalTo(List.of("GOV-A", "IAM-A")))
                // text that looks like a formula is kept as text: nothing is ever evaluated
                .body("items[1].description", equalTo("=HYPERLINK(\"http://evil.example\")"));
        csv(tenant, HEADER + GOOD).when().post(IMPORT).then().statusCode(200).body("unchanged", equalTo(2))
                .body("created", equalTo(0));
        csv(tenant, HEADER + GOOD.replace("Access review", "Quarterly access review")).when().post(IMPORT).then()
                .statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(
                        KafkaTestResource.broker().bootstrapServers(), Topics.CATALOG_EVENTS).stream()
                .filter(r -> tenant.equals(r.key()) && r.value().contains("\"control.imported\"")).count() == 6);
    }

    @Test
    void anXlsxFormulaCellIsRefusedNeverEvaluated() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Controls");
            String[] header = HEADER.strip().split(",");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row good = sheet.createRow(1);
            good.createCell(0).setCellValue("LOG-A");
            good.createCell(1).setCellValue("Central logging");
            good.createCell(4).setCellValue("continuous");
            good.createCell(5).setCellValue("A.8.15");
            Row formula = sheet.createRow(3);
            formula.createCell(0).setCellValue("LOG-B");
            formula.createCell(1).setCellFormula("CONCATENATE(\"Log \",\"review\")");
            formula.createCell(4).setCellValue("weekly");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String tenant = tenant("xlsx");
        JsonPath dry = given().header("X-Tenant-Id", tenant).contentType(ControlSheet.XLSX).body(xlsx)
                .queryParam("dryRun", "true").when().post(IMPORT).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 4), dry.getList("rows.row"));
        assertEquals(List.of("create", "refused"), dry.getList("rows.action"));
        assertEquals("rows[4].name", dry.getString("rows[1].problems[0].field"));
        assertTrue(dry.getString("rows[1].problems[0].message").contains("formula"));
    }

    @Test
    void filesTooLargeTooLongOrMalformedAreProblems() {
        String tenant = tenant("limits");
        String big = HEADER + ("X".repeat(1000) + "\n").repeat(1100);
        csv(tenant, big).when().post(IMPORT).then().statusCode(413).contentType("application/problem+json");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 1001; i++) {
            many.append("C-").append(i).append(",n,,,daily,,\n");
        }
        csv(tenant, many.toString()).when().post(IMPORT).then().statusCode(400).body("errors[0].field", equalTo("file"));
        csv(tenant, "ref,title,frequency\nA,b,daily\n").when().post(IMPORT).then().statusCode(400)
                .body("errors.field", hasItem("columns[1]")).body("errors.field", hasItem("columns"));
        csv(tenant, "").when().post(IMPORT).then().statusCode(400);
        given().header("X-Tenant-Id", tenant).contentType("application/json").body(Map.of("ref", "x")).when()
                .post(IMPORT).then().statusCode(415).contentType("application/problem+json");
        csv(tenant, HEADER + GOOD).queryParam("dryRun", "maybe").when().post(IMPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        given().header("X-Tenant-Id", tenant).contentType(ControlSheet.XLSX).body(new byte[] {1, 2, 3}).when()
                .post(IMPORT).then().statusCode(400).body("errors[0].field", equalTo("file"));
        given().header("X-Tenant-Id", tenant).when().get("/api/v1/catalog/controls").then().body("items", hasSize(0));
    }
}
