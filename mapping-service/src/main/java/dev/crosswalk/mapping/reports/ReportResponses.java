package dev.crosswalk.mapping.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** One report answer in the format asked for: the report itself as JSON, or its table as CSV or XLSX. */
@ApplicationScoped
public class ReportResponses {
    @Inject
    TableWriter writer;

    public <R> Response of(R report, ReportFormat format, String fileName, Function<R, ReportTable> asTable) {
        return switch (format) {
            case json -> Response.ok(report, format.mediaType()).build();
            case csv -> attachment(writer.csv(asTable.apply(report)), format, fileName);
            case xlsx -> attachment(writer.xlsx(asTable.apply(report)), format, fileName);
        };
    }

    private static Response attachment(Object body, ReportFormat format, String fileName) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + format.extension() + "\"").build();
    }
}
