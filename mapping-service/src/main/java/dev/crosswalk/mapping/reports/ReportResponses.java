package dev.crosswalk.mapping.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One report answer in the format asked for: the report itself as JSON, its table as CSV or XLSX, or, for a
 * document, a PDF. The heading (whose report, which scope) is looked up only for the printable formats.
 */
@ApplicationScoped
public class ReportResponses {
    @Inject
    TableWriter writer;

    @Inject
    PdfReportWriter pdfWriter;

    /** A table: {@code format} was read by {@link ReportFormat#of}, so never pdf. */
    public <R> Response of(R report, ReportFormat format, String fileName, Function<R, ReportTable> asTable,
                           Supplier<ReportHeading> heading) {
        return document(report, format, fileName, asTable, heading, r -> {
            throw new IllegalArgumentException("No PDF rendition of " + fileName);
        });
    }

    public <R> Response document(R report, ReportFormat format, String fileName, Function<R, ReportTable> asTable,
                                 Supplier<ReportHeading> heading, Function<R, List<ReportSummary>> summary) {
        return switch (format) {
            case json -> Response.ok(report, format.mediaType()).build();
            case csv -> attachment(writer.csv(asTable.apply(report)), format, fileName);
            case xlsx -> attachment(writer.xlsx(asTable.apply(report), heading.get()), format, fileName);
            case pdf -> attachment(pdfWriter.pdf(heading.get(), asTable.apply(report), summary.apply(report)), format,
                    fileName);
        };
    }

    private static Response attachment(Object body, ReportFormat format, String fileName) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + format.extension() + "\"").build();
    }
}
