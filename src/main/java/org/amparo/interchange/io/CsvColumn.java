package org.amparo.interchange.io;

import java.util.List;

/**
 * One column of the facts CSV: its header name, the JSON field it fills and what a cell may hold.
 *
 * @param path the field's JSON path segments: a key (String) or, for numbered groups, the 1-based group (Integer)
 * @param allowed the allowed values of an enumerated cell (or of each item of a list), empty otherwise
 */
public record CsvColumn(String name, List<Object> path, Kind kind, List<String> allowed) {

    /** What a cell holds. A blank cell is always "unknown" (the field is left out). */
    public enum Kind {
        TEXT("text"), DATE("date YYYY-MM-DD"), BOOLEAN("true or false"), INTEGER("whole number"),
        NUMBER("number"), LIST("list separated by ;");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CsvColumn {
        path = List.copyOf(path);
        allowed = List.copyOf(allowed);
    }

    /** The JSON path this column fills in a document whose groups are numbered as in the header. */
    public String jsonPath() {
        StringBuilder sb = new StringBuilder("$");
        for (Object segment : path) {
            if (segment instanceof Integer group) {
                sb.append('[').append(group - 1).append(']');
            } else {
                sb.append('.').append(segment);
            }
        }
        return sb.toString();
    }
}
