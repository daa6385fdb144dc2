package org.amparo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Converts an option value written {@code YYYY-MM-DD} (a real calendar date) to a {@link LocalDate}. */
public final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' must be a real date written YYYY-MM-DD, e.g. 2025-09-15");
        }
    }
}
