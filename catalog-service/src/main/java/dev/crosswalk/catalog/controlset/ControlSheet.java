package dev.crosswalk.catalog.controlset;

import dev.crosswalk.rules.ControlSetColumns;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.spreadsheet.FormulaCells;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A control-set spreadsheet read as values: CSV (RFC 4180, Apache Commons CSV) or the first sheet of an XLSX
 * workbook (Apache POI). The first row names the columns ({@link ControlSetColumns}, any order, any case); every
 * later row that is not empty is a control, numbered as the spreadsheet numbers it (the header is row 1). Formulas are never
 * evaluated: an XLSX formula cell is reported as such, and CSV text is text, taken back from the escaping exports
 * apply ({@link FormulaCells}).
 */
public record ControlSheet(List<SheetRow> rows) {
    static final List<String> REQUIRED = List.of("ref", "name", "frequency");
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One row: its number in the spreadsheet, its cells by column, and the columns that held a formula. */
    public record SheetRow(int number, Map<String, String> cells, List<String> formulas) {
        public String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static ControlSheet read(byte[] body, boolean xlsx, int maxRows) {
        List<List<Cell0>> table = xlsx ? xlsx(body) : csv(body);
        if (table.isEmpty()) {
            throw bad("file", "is empty: the first row must name the columns " + String.join(", ", ControlSetColumns.ALL));
        }
        List<String> header = table.getFirst().stream().map(c -> c.text().strip().toLowerCase(Locale.ROOT)).toList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty() && !ControlSetColumns.ALL.contains(header.get(i))) {
                errors.add(new FieldError("columns[" + i + "]", "'" + header.get(i) + "' is not a column; the columns are "
                        + String.join(", ", ControlSetColumns.ALL)));
            }
        }
        REQUIRED.stream().filter(c -> !header.contains(c))
                .forEach(c -> errors.add(new FieldError("columns", "the column '" + c + "' is required")));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The first row must name the columns", errors);
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> formulas = new ArrayList<>();
            List<Cell0> line = table.get(r);
            for (int c = 0; c < Math.min(line.size(), header.size()); c++) {
                if (header.get(c).isEmpty()) {
                    continue;
                }
                cells.put(header.get(c), line.get(c).text());
                if (line.get(c).formula()) {
                    formulas.add(header.get(c));
                }
            }
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank()) && formulas.isEmpty()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw bad("file", "has more than " + maxRows + " controls; import it in parts");
            }
            rows.add(new SheetRow(line.isEmpty() ? r + 1 : line.getFirst().row(), cells, formulas));
        }
        return new ControlSheet(rows);
    }

    /** One cell as read: its text, whether it was a formula, and the spreadsheet row it is on. */
    private record Cell0(String text, boolean formula, int row) {
    }

    private static List<List<Cell0>> csv(byte[] body) {
        List<List<Cell0>> table = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(in)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                List<Cell0> line = new ArrayList<>();
                for (String value : record) {
                    line.add(new Cell0(FormulaCells.unescape(row == 1 ? stripBom(value) : value), false, row));
                }
                table.add(line);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw bad("file", "is not readable CSV (RFC 4180): " + e.getMessage());
        }
        return table;
    }

    private static List<List<Cell0>> xlsx(byte[] body) {
        List<List<Cell0>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Cell0> line = new ArrayList<>();
                Map<Integer, Cell0> byColumn = new HashMap<>();
                int last = -1;
                for (Cell cell : row) {
                    boolean formula = cell.getCellType() == CellType.FORMULA;
                    // never evaluated: a formula cell keeps its formula text and is reported
                    String text = formula ? "=" + cell.getCellFormula() : formatter.formatCellValue(cell);
                    byColumn.put(cell.getColumnIndex(), new Cell0(text, formula, row.getRowNum() + 1));
                    last = Math.max(last, cell.getColumnIndex());
                }
                for (int c = 0; c <= last; c++) {
                    line.add(byColumn.getOrDefault(c, new Cell0("", false, row.getRowNum() + 1)));
                }
                table.add(line);
            }
        } catch (IOException | RuntimeException e) {
            throw bad("file", "is not a readable XLSX workbook");
        }
        return table;
    }

    private static String stripBom(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }

    private static ProblemException bad(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "The control-set file cannot be imported: "
                + field + " " + message, List.of(new FieldError(field, message)));
    }
}
