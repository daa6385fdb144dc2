package org.amparo.courthouse.ice287g;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns the parser knows, found by name in a header row (case, spacing and order do not matter). */
enum Columns {
    STATE(true, "STATE"),
    AGENCY(true, "LAW ENFORCEMENT AGENCY", "AGENCY", "AGENCY NAME"),
    TYPE(false, "TYPE", "AGENCY TYPE"),
    COUNTY(false, "COUNTY"),
    SUPPORT_TYPE(true, "SUPPORT TYPE", "MODEL", "287(G) MODEL"),
    SIGNED(false, "SIGNED", "DATE SIGNED", "SIGNED DATE"),
    MOA(false, "MOA");

    private final boolean required;
    private final List<String> names;

    Columns(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** The header words of the required columns, for error messages. */
    static String requiredNames() {
        return "STATE, LAW ENFORCEMENT AGENCY and SUPPORT TYPE";
    }

    /** Column index by column, when {@code row} holds every required column name; empty otherwise. */
    static Optional<Map<Columns, Integer>> match(RawRow row) {
        Map<Columns, Integer> found = new EnumMap<>(Columns.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String name = Cells.text(row.cell(i)).toUpperCase(Locale.ROOT);
            for (Columns column : values()) {
                if (column.names.contains(name) && !found.containsKey(column)) {
                    found.put(column, i);
                }
            }
        }
        for (Columns column : values()) {
            if (column.required && !found.containsKey(column)) {
                return Optional.empty();
            }
        }
        return Optional.of(found);
    }
}
