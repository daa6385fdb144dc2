package org.amparo.courthouse.ice287g;

/** A problem with one sheet row that did not stop the import. {@code row} is the 1-based sheet row. */
public record ImportWarning(int row, String message) {
}
