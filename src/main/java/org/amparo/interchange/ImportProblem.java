package org.amparo.interchange;

/**
 * Why one row of an import was rejected, as the person reads it.
 *
 * @param row the 1-based record number in the file (a JSON Lines line's document, an array's element + 1, a CSV
 *            data row; the CSV header is row 0); 0 for the file as a whole
 * @param line the 1-based line where that record starts, 0 when not known
 * @param path where in the record: a JSON path ({@code $.person.dob}) or a CSV column name ({@code family_1_dob});
 *             null for the record or file as a whole
 * @param reason what is wrong, in plain words
 */
public record ImportProblem(int row, int line, String path, String reason) {

    /** The problem on one line: {@code row 3 (line 3), $.person.dob: must be a real date ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (row > 0) {
            sb.append("row ").append(row);
            if (line > 0) {
                sb.append(" (line ").append(line).append(')');
            }
        } else if (line > 0) {
            sb.append("line ").append(line);
        }
        if (path != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(path);
        }
        return sb.length() > 0 ? sb + ": " + reason : reason;
    }
}
