package org.amparo.interchange;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConflictHit;
import org.amparo.cases.PersonQuery;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;

/**
 * Likely duplicates by name and date of birth: against the vault's clients (through the conflict check) and
 * against earlier rows of the same file. Names compare accent- and case-insensitively. Not thread-safe.
 */
final class DuplicateCheck {

    private final CaseService cases;
    private final Map<String, Integer> seen = new HashMap<>();

    DuplicateCheck(CaseService cases) {
        this.cases = cases;
    }

    /** The duplicate this row is likely to be, or null; rows without a name or a date of birth are never flagged. */
    ImportDuplicate check(int row, FactsDocument document) {
        Person p = document.person();
        if (p == null || p.dob() == null || isBlank(p.givenName()) && isBlank(p.familyName())) {
            return null;
        }
        String name = ClientSummary.displayName(p.givenName(), p.familyName(), null);
        String key = fold(p.givenName()) + '|' + fold(p.familyName()) + '|' + p.dob();
        Integer earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
            return new ImportDuplicate(row, name, p.dob(), null, earlier);
        }
        Long client = inVault(p.givenName(), p.familyName(), p.dob());
        return client == null ? null : new ImportDuplicate(row, name, p.dob(), client, null);
    }

    private Long inVault(String given, String family, LocalDate dob) {
        List<ConflictHit> hits = cases.conflicts(new PersonQuery(given, family, List.of(), dob), 5);
        for (ConflictHit hit : hits) {
            if (hit.kind() == ConflictHit.Kind.CLIENT && dob.equals(hit.dob())) {
                return hit.clientId();
            }
        }
        return null;
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
