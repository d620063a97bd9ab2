package dev.crosswalk.catalog.controlset;

import dev.crosswalk.support.problem.Problem.FieldError;
import java.util.List;

/**
 * What an import did, or would do on a dry run: per row its action and, for a refused row, what is wrong in which
 * column ({@code field} is {@code rows[<row>].<column>}, rows numbered as the spreadsheet numbers them).
 */
public record ImportResult(boolean dryRun, int created, int updated, int unchanged, int refused, List<RowResult> rows) {

    public enum Action { create, update, unchanged, refused }

    /** {@code requirements}: how many requirements of either framework the row maps the control to. */
    public record RowResult(int row, String ref, Action action, int requirements, List<FieldError> problems) {
    }
}
