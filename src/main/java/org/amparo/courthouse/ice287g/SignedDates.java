package org.amparo.courthouse.ice287g;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a SIGNED cell: an Excel serial number (1900 date system), a date-formatted cell, or typed text in the
 * usual U.S. and ISO forms. Anything else is empty, for the caller to warn about.
 */
final class SignedDates {

    /** Excel serials accepted as plausible agreement dates: 1960-01-01 .. 2099-12-31. */
    private static final double MIN_SERIAL = 21916;
    private static final double MAX_SERIAL = 73415;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("M/d/uuuu"), twoDigitYear("M/d/"), strict("M-d-uuuu"), twoDigitYear("M-d-"),
            strict("M.d.uuuu"), strict("uuuu-M-d"), strict("uuuu/M/d"), strict("MMMM d, uuuu"),
            strict("MMM d, uuuu"), strict("MMM. d, uuuu"), strict("d MMMM uuuu"), strict("d MMM uuuu"),
            strict("d-MMM-uuuu"), twoDigitYear("d-MMM-"));

    private SignedDates() {
    }

    static Optional<LocalDate> parse(Object cell) {
        if (cell instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (cell instanceof Double serial) {
            return fromSerial(serial);
        }
        String text = Cells.text(cell);
        if (text.matches("\\d{5}(\\.0+)?")) {
            return fromSerial(Double.parseDouble(text));
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromSerial(double serial) {
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            return Optional.empty();
        }
        return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String prefix) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }
}
