package dev.crosswalk.mapping.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The PDF rendition on its own: title block, header row on every page, page x of y, summary, rows kept whole. */
class PdfReportWriterTest {
    private static final ReportHeading HEADING = new ReportHeading("acme-ltd", "Statement of Applicability",
            "Cloud platform & offices", 3L, LocalDate.of(2026, 3, 2), "ciso@acme");

    /** Rows of very different heights; each cell names its row, so a cut row shows as a row on two pages. */
    private static ReportTable table(int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String longText = ("row" + r + "words ").repeat(1 + (r % 7) * 12) + "row" + r + "end";
            data.add(List.of("R" + r + "ref", "row" + r + "title", longText, r, List.of("row" + r + "a", "row" + r + "b")));
        }
        return new ReportTable("t", List.of("Control", "Title", "Justification", "Evidence", "Controls"), data);
    }

    @Test
    void noRowIsCutAcrossPagesAndEveryPageRepeatsTheHeaderAndCountsPages() throws Exception {
        byte[] pdf = new PdfReportWriter().pdf(HEADING, table(150), List.of(new ReportSummary("Applicable", 71)));
        List<String> pages = PdfText.pages(pdf);
        assertTrue(pages.size() > 3, "150 rows of up to 85 words take several pages, got " + pages.size());
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("Page" + (p + 1) + "of" + pages.size()), "page x of y on page " + (p + 1));
            assertTrue(page.contains("ControlTitleJustificationEvidenceControls"), "header row on page " + (p + 1));
            assertTrue(page.contains("acme-ltd") && page.contains("scopeversion3,2026-03-02"), "page header " + (p + 1));
        }
        for (int r = 0; r < 150; r++) {
            int row = r;
            List<Integer> onPages = IntStream.range(0, pages.size())
                    .filter(p -> pages.get(p).contains("row" + row + "words") || pages.get(p).contains("R" + row + "ref"))
                    .boxed().toList();
            assertEquals(1, onPages.size(), "row " + r + " is on one page, not " + onPages);
            String page = pages.get(onPages.getFirst());
            assertTrue(page.contains("R" + r + "ref") && page.contains("row" + r + "end") && page.contains("row" + r + "b"),
                    "row " + r + " is whole on its page");
        }
    }

    @Test
    void theFirstPageHasTheTitleBlockAndTheLastTheSummary() throws Exception {
        byte[] pdf = new PdfReportWriter().pdf(HEADING, table(150),
                List.of(new ReportSummary("Applicable", 71), new ReportSummary("Excluded", 22)));
        List<String> pages = PdfText.pages(pdf);
        assertTrue(pages.getFirst().startsWith(PdfText.squeeze("Statement of Applicability")));
        assertTrue(pages.getFirst().contains(PdfText.squeeze("Organisation acme-ltd Scope Cloud platform & offices "
                + "Scope version 3 Date 2026-03-02 Approved by ciso@acme")), pages.getFirst());
        assertTrue(pages.getLast().contains(PdfText.squeeze("Summary Applicable: 71 Excluded: 22")), pages.getLast());
        assertTrue(pages.subList(0, pages.size() - 1).stream().noneMatch(p -> p.contains("Summary")));
    }
}
