package dev.crosswalk.mapping.reports;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a report sheet prints: A4 landscape, one page wide (as many pages tall as the rows need), the header row
 * on every page, and a header and footer saying whose report it is, which scope, which date and which page.
 */
final class PrintSetup {
    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double TOP_MARGIN_INCHES = 0.7;

    private PrintSetup() {
    }

    static void apply(Sheet sheet, ReportHeading heading) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        // 0 pages tall means "as many as needed": only the width is fitted, the rows keep their height
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_INCHES);
        sheet.getHeader().setLeft(literal(heading.organisation()));
        sheet.getHeader().setCenter(literal(heading.report()));
        sheet.getHeader().setRight(literal(heading.scopeVersionText() + ", " + heading.date()));
        sheet.getFooter().setLeft(literal("Approved by: " + heading.approvedByText()));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** A header or footer reads "&" as the start of a code (&P is the page number): text keeps it as "&&". */
    static String literal(String text) {
        return text.replace("&", "&&");
    }
}
