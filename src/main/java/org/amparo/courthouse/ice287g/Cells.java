package org.amparo.courthouse.ice287g;

/** Text clean-up shared by the readers: trims, turns non-breaking spaces into spaces, collapses runs. */
final class Cells {

    private Cells() {
    }

    /** Trimmed text with inner whitespace collapsed to one space; "" for null. */
    static String collapse(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00A0', ' ').replace("\uFEFF", "").trim().replaceAll("\\s+", " ");
    }

    /** The cell as trimmed text: strings collapsed, numbers without a useless ".0". */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double number) {
            double value = number;
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value) : Double.toString(value);
        }
        return collapse(cell.toString());
    }

    static boolean blank(Object cell) {
        return text(cell).isEmpty();
    }
}
