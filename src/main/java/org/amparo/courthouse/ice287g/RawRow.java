package org.amparo.courthouse.ice287g;

import java.util.List;

/**
 * One sheet row as read: cells are {@code String}, {@code Double} (a number), {@code java.time.LocalDate} (a
 * date-formatted cell) or null. {@code sheetRow} is 1-based.
 */
record RawRow(int sheetRow, List<Object> cells) {

    Object cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
        return cells.stream().allMatch(Cells::blank);
    }
}
