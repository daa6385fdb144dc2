package org.amparo.interchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;

/**
 * Likely duplicates by name and date of birth: against the vault's clients (indexed once from the client list, so a
 * 100,000-row file costs one listing, not one search per row) and against earlier rows of the same file. Names
 * compare accent-, case- and space-insensitively. Not thread-safe.
 */
final class DuplicateCheck {

    private final ClientService clients;
    private Map<String, Long> vault;
    private final Map<String, Integer> seen = new HashMap<>();

    DuplicateCheck(ClientService clients) {
        this.clients = clients;
    }

    /** The duplicate this row is likely to be, or null; rows without a name or a date of birth are never flagged. */
    ImportDuplicate check(int row, FactsDocument document) {
        Person p = document.person();
        if (p == null || p.dob() == null || isBlank(p.givenName()) && isBlank(p.familyName())) {
            return null;
        }
        String name = ClientSummary.displayName(p.givenName(), p.familyName(), null);
        String key = fold(name) + '|' + p.dob();
        Long client = vault().get(key);
        if (client != null) {
            return new ImportDuplicate(row, name, p.dob(), client, null);
        }
        Integer earlier = seen.putIfAbsent(key, row);
        return earlier == null ? null : new ImportDuplicate(row, name, p.dob(), null, earlier);
    }

    /** Every client with a date of birth, by folded "Family, Given" and date of birth (first client wins). */
    private Map<String, Long> vault() {
        if (vault == null) {
            vault = new HashMap<>();
            int count = clients.count();
            if (count > 0) {
                for (ClientSummary s : clients.search("", count)) {
                    if (s.dob() != null) {
                        vault.putIfAbsent(fold(withoutPreferred(s.displayName())) + '|' + s.dob(), s.id());
                    }
                }
            }
        }
        return vault;
    }

    private static String withoutPreferred(String displayName) {
        int quote = displayName.indexOf(" \u201C");
        return quote < 0 ? displayName : displayName.substring(0, quote);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
