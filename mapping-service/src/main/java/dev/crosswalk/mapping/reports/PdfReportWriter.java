package dev.crosswalk.mapping.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes a report as a PDF document (OpenPDF), A4 landscape: a title block (organisation, scope statement and
 * version, date, who approved), the table with its header row on every page, and the summary counts. Every page
 * carries the organisation, report, scope version and date above and "Page x of y" below.
 */
@ApplicationScoped
public class PdfReportWriter {
    private static final float MARGIN = 36;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 40;
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font VALUE = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final Font MARGINALIA = FontFactory.getFont(FontFactory.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);

    public byte[] pdf(ReportHeading heading, ReportTable table, List<ReportSummary> summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN + 10, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Marginalia(heading));
            document.addTitle(heading.report());
            document.addAuthor(heading.organisation());
            document.open();
            document.add(new Paragraph(heading.report(), TITLE));
            document.add(titleBlock(heading));
            document.add(rows(table));
            document.add(summary(summary));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendition failed", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable titleBlock(ReportHeading heading) {
        PdfPTable block = new PdfPTable(new float[] {1, 6});
        block.setWidthPercentage(100);
        block.setSpacingBefore(8);
        block.setSpacingAfter(12);
        line(block, "Organisation", heading.organisation());
        line(block, "Scope", heading.scopeStatementText());
        line(block, "Scope version", heading.scopeVersion() == null ? "not recorded" : heading.scopeVersion().toString());
        line(block, "Date", heading.date().toString());
        line(block, "Approved by", heading.approvedByText());
        return block;
    }

    private static void line(PdfPTable block, String label, String value) {
        block.addCell(plain(new Phrase(label, LABEL)));
        block.addCell(plain(new Phrase(value, VALUE)));
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPTable rows(ReportTable table) {
        PdfPTable rows = new PdfPTable(widths(table));
        rows.setWidthPercentage(100);
        rows.setHeaderRows(1);
        // a row that does not fit the rest of a page starts whole on the next one; only a row taller than a
        // whole page is split, since OpenPDF would otherwise drop it
        rows.setSplitLate(true);
        rows.setSplitRows(true);
        for (String column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, HEAD));
            cell.setBackgroundColor(new Color(0xDD, 0xDD, 0xDD));
            rows.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                rows.addCell(new PdfPCell(new Phrase(TableWriter.text(value), CELL)));
            }
        }
        return rows;
    }

    /** Relative column widths from the longest text in each column, so short codes do not take a long text's room. */
    private static float[] widths(ReportTable table) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = table.columns().get(c).length();
            for (List<Object> row : table.rows()) {
                longest = Math.max(longest, TableWriter.text(row.get(c)).length());
            }
            widths[c] = Math.clamp(longest, MIN_WIDTH, MAX_WIDTH);
        }
        return widths;
    }

    private static Paragraph summary(List<ReportSummary> summary) {
        Paragraph paragraph = new Paragraph();
        paragraph.setSpacingBefore(12);
        paragraph.setKeepTogether(true);
        paragraph.add(new Chunk("Summary\n", LABEL));
        for (ReportSummary count : summary) {
            paragraph.add(new Chunk(count.label() + ": " + count.count() + "\n", VALUE));
        }
        return paragraph;
    }

    /** Header and footer of every page; the total page count is known only at the end, so it is a template. */
    private static final class Marginalia extends PdfPageEventHelper {
        private final ReportHeading heading;
        private PdfTemplate total;

        Marginalia(ReportHeading heading) {
            this.heading = heading;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 10);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.getPageSize().getTop() - MARGIN + 8;
            float bottom = MARGIN - 8;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(heading.organisation(), MARGINALIA),
                    document.left(), top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(heading.report(), MARGINALIA),
                    (document.left() + document.right()) / 2, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(heading.scopeVersionText() + ", " + heading.date(), MARGINALIA), document.right(), top, 0);
            String page = "Page " + writer.getPageNumber() + " of ";
            float x = document.right() - 30;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(page, MARGINALIA), x, bottom, 0);
            canvas.addTemplate(total, x, bottom);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase("Approved by: " + heading.approvedByText(), MARGINALIA), document.left(), bottom, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            // called after the last page was closed: the page number has moved on by one
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), MARGINALIA), 0, 0, 0);
        }
    }
}
