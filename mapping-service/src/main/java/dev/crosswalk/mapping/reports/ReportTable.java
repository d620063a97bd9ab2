package dev.crosswalk.mapping.reports;

import java.util.List;

/** A report flattened to one header row and data rows, the shape CSV and a spreadsheet share. */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {
}
