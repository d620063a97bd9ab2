package dev.crosswalk.mapping.reports;

import dev.crosswalk.support.spreadsheet.FormulaCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV (Apache Commons CSV; text that a spreadsheet would run as a formula
 * is escaped) or as an XLSX workbook (Apache POI; cells are values, never formulas) of one sheet with a bold frozen
 * header, filters on every column, widths fitted to the text up to a column that wraps, and a print setup
 * ({@link PrintSetup}).
 */
@ApplicationScoped
public class TableWriter {
    private static final int MIN_WIDTH = 8;
    /** Wider text wraps: a printed page fitted to its width stays readable at about half size with a dozen columns. */
    private static final int MAX_WIDTH = 40;

    public String csv(ReportTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get()
                .print(out)) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableWriter::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] xlsx(ReportTable table, ReportHeading heading) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            int[] widths = new int[table.columns().size()];
            writeRow(sheet.createRow(0), table.columns(), widths, headerStyle(workbook));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            for (int i = 0; i < table.rows().size(); i++) {
                writeRow(sheet.createRow(i + 1), table.rows().get(i), widths, wrapped);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0, widths.length - 1));
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.clamp(widths[c] + 2, MIN_WIDTH, MAX_WIDTH);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int i = 0; i < table.rows().size(); i++) {
                sheet.getRow(i + 1).setHeightInPoints(lines(table.rows().get(i), widths) * sheet.getDefaultRowHeightInPoints());
            }
            PrintSetup.apply(sheet, heading);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines the row's tallest wrapped cell takes. A spreadsheet keeps the stored row height when it opens a file
     * (LibreOffice does not refit it), so wrapped text would overlap the next row unless the height is set here.
     * A column's width counts digit widths; running text fits about half as many letters again.
     */
    private static int lines(List<Object> row, int[] widths) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            int perLine = Math.max(widths[c] * 3 / 2 - 2, 1);
            lines = Math.max(lines, (text(row.get(c)).length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void writeRow(Row row, List<?> values, int[] widths, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(text(value));
            }
            widths[c] = Math.max(widths[c], text(value).length());
        }
    }

    /** A cell as CSV text that a spreadsheet opening the file never runs ({@link FormulaCells}); numbers stay numbers. */
    static String csvCell(Object value) {
        return value instanceof Number ? text(value) : FormulaCells.escape(text(value));
    }

    /** A cell's text: lists joined with "; ", nothing for null. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
