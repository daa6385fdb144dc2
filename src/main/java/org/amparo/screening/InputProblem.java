package org.amparo.screening;

/**
 * One reason an input was rejected. {@code document} is the 0-based index of the document in the input (-1 for a
 * problem with the input as a whole, such as malformed JSON); {@code line} is the 1-based line where that document
 * (or the malformed text) starts, 0 when not known; {@code path} is a JSON path within the document, or null.
 */
public record InputProblem(int document, int line, String path, String message) {

    /** A problem with the input as a whole (not JSON, too large, unreadable). */
    public static InputProblem ofInput(int line, String message) {
        return new InputProblem(-1, line, null, message);
    }

    /**
     * Renders the problem for a person: {@code $.person.sex: must be one of F, M, X} for a single object,
     * {@code $[2].person.sex: ...} for the third document of an array, {@code line 14: $.person.sex: ...} for
     * JSON Lines.
     */
    public String describe(FactsInput.Shape shape) {
        if (document < 0) {
            return message;
        }
        String where = path == null ? "$" : path;
        if (shape == FactsInput.Shape.ARRAY) {
            where = "$[" + document + "]" + where.substring(1);
        } else if (shape == FactsInput.Shape.JSON_LINES) {
            where = "line " + line + ": " + where;
        }
        return where + ": " + message;
    }
}
