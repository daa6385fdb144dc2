package org.amparo.clients.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed dates: ISO {@code 1990-04-17} always works, and the UI language's usual order ({@code 4/17/1990} in English,
 * {@code 17/4/1990} in Spanish).
 */
public final class DateText {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private final DateTimeFormatter local;

    public DateText(Locale locale) {
        this.local = DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "d/M/uuuu" : "M/d/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, local}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
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
