package dev.crosswalk.mapping.reports;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.List;

/** The forms a report is served in: JSON for programs, CSV and XLSX for people and auditors. */
public enum ReportFormat {
    json("application/json", null),
    csv("text/csv", ".csv"),
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

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

    /** Absent means JSON; anything else unknown is a 400 problem naming the parameter. */
    public static ReportFormat of(String value) {
        if (value == null || value.isBlank()) {
            return json;
        }
        for (ReportFormat format : values()) {
            if (format.name().equals(value.strip())) {
                return format;
            }
        }
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Unknown report format '" + value.strip() + "'",
                List.of(new Problem.FieldError("format", "must be json, csv or xlsx")));
    }
}
