package org.amparo.summaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags what a free-text note may reveal before it goes into a summary: A-numbers, phone numbers and street
 * addresses. It flags for review by a person; it does not redact, and it cannot promise to find everything.
 */
public final class SensitiveTextDetector {

    /** What was found. */
    public enum Kind { A_NUMBER, PHONE, ADDRESS }

    /** One finding: its kind and where it is in the text. */
    public record Finding(Kind kind, int start, int end, String text) {
    }

    private static final Pattern A_NUMBER = Pattern.compile(
            "(?i)(?<![A-Z0-9])A[-#\\s]?(?:\\d{3}[-\\s]?\\d{3}[-\\s]?\\d{3}|\\d{8,9})(?!\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?:\\+?1[-.\\s]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-.\\s])\\d{3}[-.\\s]\\d{4}(?!\\d)|(?<!\\d)\\d{10}(?!\\d)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iu)\\b\\d{1,6}\\s+(?:[\\p{L}0-9.'-]+\\s+){0,4}?"
                    + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
                    + "highway|hwy|parkway|pkwy|circle|terrace|calle|avenida|camino)\\b\\.?"
                    + "|(?iu)\\b(?:calle|avenida|camino)\\s+[\\p{L}0-9'-]+(?:\\s+[\\p{L}0-9'-]+){0,3}\\s+#?\\d{1,6}\\b"
                    + "|(?iu)\\b(?:apt|apartment|suite|unit|p\\.?\\s?o\\.?\\s?box)\\s*#?\\s*\\d+\\b");

    private SensitiveTextDetector() {
    }

    /** Every finding in {@code text}, in order; an A-number is not also reported as a phone number. */
    public static List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        add(found, Kind.A_NUMBER, A_NUMBER.matcher(text));
        add(found, Kind.PHONE, PHONE.matcher(text));
        add(found, Kind.ADDRESS, ADDRESS.matcher(text));
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    private static void add(List<Finding> found, Kind kind, Matcher matcher) {
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            boolean overlaps = found.stream().anyMatch(f -> start < f.end() && f.start() < end);
            if (!overlaps) {
                found.add(new Finding(kind, start, end, matcher.group()));
            }
        }
    }
}
