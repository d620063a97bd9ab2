package dev.crosswalk.mapping.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page, whitespace removed so that wrapped cells compare whole. */
final class PdfText {
    private PdfText() {
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(squeeze(stripper.getText(document)));
            }
            return pages;
        }
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
