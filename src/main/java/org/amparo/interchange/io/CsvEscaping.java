package org.amparo.interchange.io;

/**
 * Spreadsheet formula injection guard: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return is written with a leading {@code '} so a spreadsheet shows it as text instead of running it.
 */
public final class CsvEscaping {

    private CsvEscaping() {
    }

    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as it is written to a CSV file. */
    public static String escape(String cell) {
        if (cell != null && !cell.isEmpty() && isFormulaStart(cell.charAt(0))) {
            return "'" + cell;
        }
        return cell;
    }
}
