package dev.crosswalk.mapping.reports;

/** One count of a report's summary, as a PDF prints it below the table (e.g. "Applicable: 71"). */
public record ReportSummary(String label, int count) {
}
