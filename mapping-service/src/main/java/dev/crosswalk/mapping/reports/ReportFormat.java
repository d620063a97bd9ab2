package dev.crosswalk.mapping.reports;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.List;

/**
 * The forms a report is served in: JSON for programs, CSV and XLSX for people and auditors, and PDF for the
 * reports that are documents (the SoA and the SOC 2 report).
 */
public enum ReportFormat {
    json("application/json", null),
    csv("text/csv", ".csv"),
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    pdf("application/pdf", ".pdf");

    private static final List<ReportFormat> TABLES = List.of(json, csv, xlsx);

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A table's format: absent means JSON; anything else unknown (pdf too) is a 400 problem naming the parameter. */
    public static ReportFormat of(String value) {
        return of(value, TABLES);
    }

    /** A document's format: json, csv, xlsx or pdf. */
    public static ReportFormat ofDocument(String value) {
        return of(value, List.of(values()));
    }

    private static ReportFormat of(String value, List<ReportFormat> allowed) {
        if (value == null || value.isBlank()) {
            return json;
        }
        for (ReportFormat format : allowed) {
            if (format.name().equals(value.strip())) {
                return format;
            }
        }
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Unknown report format '" + value.strip() + "'",
                List.of(new Problem.FieldError("format", "must be " + String.join(", ",
                        allowed.stream().map(Enum::name).toList()))));
    }
}
