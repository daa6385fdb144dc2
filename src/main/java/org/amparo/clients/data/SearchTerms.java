package org.amparo.clients.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.amparo.facts.Person;

/**
 * The type-ahead search terms of a client and the words of a query, folded the same way: lower case, accents
 * removed. Names and aliases give one term per word; the A-number gives its digits; each phone gives its digits and
 * every ending of four or more digits (so "2233" finds a phone ending in 2233).
 */
public final class SearchTerms {

    /** Longest stored term (the column is 200 characters). */
    static final int MAX_TERM = 200;
    static final int MAX_SORT_KEY = 420;
    static final int MAX_SEARCH_TEXT = 4000;
    private static final int MIN_PHONE_SUFFIX = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern A_NUMBER = Pattern.compile("a-?\\d+");
    private static final Pattern QUERY_SPLIT = Pattern.compile("[\\s,;]+");

    private SearchTerms() {
    }

    /** Lower-cased, accent-free text ("José" → "jose", "Ñuñez" → "nunez"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct terms stored for {@code person}. */
    public static Set<String> of(Person person) {
        Set<String> terms = new LinkedHashSet<>();
        addWords(terms, person.givenName());
        addWords(terms, person.familyName());
        addWords(terms, person.preferredName());
        if (person.aliases() != null) {
            person.aliases().forEach(alias -> addWords(terms, alias));
        }
        String aDigits = digits(person.aNumber());
        if (!aDigits.isEmpty()) {
            terms.add(aDigits);
        }
        if (person.phones() != null) {
            for (Person.Phone phone : person.phones()) {
                addPhone(terms, phone.number());
            }
        }
        return terms;
    }

    /**
     * The words of a type-ahead query: "A012-345" and "555-0123" become digits; other tokens are folded and split
     * into words like names. Words implied by a longer word of the same query are dropped.
     */
    public static List<String> queryWords(String query) {
        List<String> words = new ArrayList<>();
        for (String token : QUERY_SPLIT.split(fold(query).trim())) {
            if (token.isEmpty()) {
                continue;
            }
            if (A_NUMBER.matcher(token).matches() || token.chars().anyMatch(Character::isDigit)
                    && token.chars().noneMatch(Character::isLetter)) {
                addIfNew(words, digits(token));
            } else {
                for (String word : NON_WORD.split(token)) {
                    addIfNew(words, clip(word));
                }
            }
        }
        words.removeIf(w -> words.stream().anyMatch(other -> !other.equals(w) && other.startsWith(w)));
        return words;
    }

    /** Folded "family given preferred": the list sorts by family name, then given name, accent-insensitively. */
    public static String sortKey(Person p) {
        String key = (fold(p.familyName()) + " " + fold(p.givenName()) + " " + fold(p.preferredName())).trim();
        return key.length() > MAX_SORT_KEY ? key.substring(0, MAX_SORT_KEY) : key;
    }

    /** The terms as stored in {@code client.search_text}: " t1 t2 … ", so {@code LIKE '% word%'} is a prefix match. */
    public static String searchText(Set<String> terms) {
        StringBuilder sb = new StringBuilder(" ");
        for (String t : terms) {
            if (sb.length() + t.length() + 1 > MAX_SEARCH_TEXT) {
                break;
            }
            sb.append(t).append(' ');
        }
        return sb.toString();
    }

    /** The exclusive upper bound of the terms starting with {@code prefix}. */
    public static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }

    private static void addWords(Set<String> terms, String text) {
        for (String word : NON_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                terms.add(clip(word));
            }
        }
    }

    private static void addPhone(Set<String> terms, String number) {
        String d = digits(number);
        if (d.isEmpty()) {
            return;
        }
        terms.add(d);
        for (int start = 1; d.length() - start >= MIN_PHONE_SUFFIX; start++) {
            terms.add(d.substring(start));
        }
    }

    private static void addIfNew(List<String> words, String word) {
        if (!word.isEmpty() && !words.contains(word)) {
            words.add(word);
        }
    }

    static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return clip(sb.toString());
    }

    private static String clip(String term) {
        return term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term;
    }
}
