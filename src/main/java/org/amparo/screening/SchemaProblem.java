package org.amparo.screening;

/**
 * One reason a JSON document does not conform to its schema: the JSON path of the offending value
 * (e.g. {@code $.person.sex}) and what was expected (e.g. {@code must be one of F, M, X}).
 */
public record SchemaProblem(String path, String message) implements Comparable<SchemaProblem> {

    @Override
    public int compareTo(SchemaProblem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
