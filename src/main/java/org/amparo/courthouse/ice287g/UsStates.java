package org.amparo.courthouse.ice287g;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** U.S. state, district and territory names to their 2-letter postal codes. */
public final class UsStates {

    private static final String[][] NAMES = {
        {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
        {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
        {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
        {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
        {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
        {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
        {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
        {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
        {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
        {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
        {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"VI", "Virgin Islands"},
        {"AS", "American Samoa"}, {"MP", "Northern Mariana Islands"},
    };

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String[] pair : NAMES) {
            BY_KEY.put(key(pair[1]), pair[0]);
            BY_KEY.put(key(pair[0]), pair[0]);
        }
    }

    private UsStates() {
    }

    /** The 2-letter code for a name or code in any case and spacing ("NEW YORK", "new  york ", "ny"). */
    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(nameOrCode)));
    }

    private static String key(String text) {
        return Cells.collapse(text).replace(".", "").toUpperCase(Locale.ROOT);
    }
}
