package org.amparo.cases.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folded words of names, the way the client search terms are stored: lower case, accents removed, split on anything
 * that is not a letter or digit ("María-José Núñez" → maria, jose, nunez).
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_TERM = 200;

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words of {@code texts}, in order. */
    public static Set<String> words(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String w : NON_WORD.split(fold(text))) {
                if (!w.isEmpty()) {
                    out.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
                }
            }
        }
        return out;
    }

    /** The folded words of each text. */
    public static List<Set<String>> wordsOfEach(List<String> texts) {
        List<Set<String>> out = new ArrayList<>();
        for (String t : texts) {
            Set<String> w = words(t);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
