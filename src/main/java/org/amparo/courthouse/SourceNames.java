package org.amparo.courthouse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an imported file's name tells: the name without its folder, and the list's date when ICE's naming gives one. */
final class SourceNames {

    /** ICE names its editions like {@code participatingAgencies05162025am.xlsx}: month, day, four-digit year. */
    private static final Pattern MMDDYYYY = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{4})(?!\\d)");

    private SourceNames() {
    }

    /** The last part of a path written with / or \ ("" for null). */
    static String fileNameOnly(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.trim();
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(cut + 1);
    }

    /** The first valid MMDDYYYY date in the file name, if any. */
    static Optional<LocalDate> listDate(String name) {
        Matcher m = MMDDYYYY.matcher(fileNameOnly(name));
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2))));
            } catch (DateTimeException notADate) {
                // eight digits that are not a month-day-year: keep looking
            }
        }
        return Optional.empty();
    }
}
