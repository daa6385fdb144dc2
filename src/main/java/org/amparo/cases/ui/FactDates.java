package org.amparo.cases.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed dates: ISO {@code 2025-02-28} always works, and the UI language's usual order ({@code 2/28/2025} in
 * English, {@code 28/2/2025} in Spanish). Impossible dates such as {@code 2025-02-30} are refused.
 */
public final class FactDates {

    private final DateTimeFormatter local;

    public FactDates(Locale locale) {
        this.local = DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "d/M/uuuu" : "M/d/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, local}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    public String format(LocalDate date) {
        return date == null ? "" : local.format(date);
    }
}
