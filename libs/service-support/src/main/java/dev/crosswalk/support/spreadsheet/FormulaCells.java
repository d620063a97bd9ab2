package dev.crosswalk.support.spreadsheet;

/**
 * Text a spreadsheet would run as a formula when it opens a CSV file: a cell starting with {@code = + - @}, a tab or a
 * carriage return (OWASP, CSV injection). Written files put such text behind an apostrophe; files read back take the
 * apostrophe off again, so an exported value imports as it was.
 */
public final class FormulaCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaCells() {
    }

    /** The text as a CSV cell no spreadsheet runs. */
    public static String escape(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text {@link #escape} was given; text it did not escape is returned as it is. */
    public static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
