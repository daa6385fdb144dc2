package org.amparo.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amparo.cases.data.Folding;

/**
 * How well a stored person (a client, or an adverse party) matches the person the conflict check looks for, and what
 * matched, in words an advocate reads: "name and date of birth", "alias", "family name". Names and aliases compare as
 * sets of folded words (accents and case ignored, word order free).
 */
final class ConflictRanking {

    private static final int NAME = 8;
    private static final int ALIAS = 6;
    private static final int DOB = 4;
    private static final int FAMILY = 1;

    private final Set<String> queryName;
    private final Set<String> queryFamily;
    private final List<Set<String>> queryAliases;
    private final LocalDate queryDob;

    ConflictRanking(PersonQuery who) {
        this.queryName = Folding.words(who.givenName(), who.familyName());
        this.queryFamily = Folding.words(who.familyName());
        this.queryAliases = Folding.wordsOfEach(who.aliases());
        this.queryDob = who.dob();
    }

    /** All the folded words the check looks up. */
    Set<String> words() {
        Set<String> all = new java.util.LinkedHashSet<>(queryName);
        queryAliases.forEach(all::addAll);
        return all;
    }

    /** The match of one stored person; {@code score == 0} means no match worth showing. */
    Match match(String given, String family, List<String> aliases, LocalDate dob) {
        Set<String> name = Folding.words(given, family);
        List<Set<String>> storedAliases = Folding.wordsOfEach(aliases);
        List<String> parts = new ArrayList<>();
        int score = 0;
        if (!queryName.isEmpty() && name.containsAll(queryName)) {
            parts.add("name");
            score += NAME;
        } else if (aliasMatch(name, storedAliases)) {
            parts.add("alias");
            score += ALIAS;
        } else if (!queryFamily.isEmpty() && Folding.words(family).containsAll(queryFamily)) {
            parts.add("family name");
            score += FAMILY;
        }
        if (queryDob != null && queryDob.equals(dob)) {
            parts.add("date of birth");
            score += DOB;
        }
        return new Match(score, String.join(" and ", parts));
    }

    /** A query alias is the stored name or a stored alias, or the query name is a stored alias. */
    private boolean aliasMatch(Set<String> storedName, List<Set<String>> storedAliases) {
        for (Set<String> alias : queryAliases) {
            if (storedName.containsAll(alias) || storedAliases.stream().anyMatch(a -> a.containsAll(alias))) {
                return true;
            }
        }
        return !queryName.isEmpty() && storedAliases.stream().anyMatch(a -> a.containsAll(queryName));
    }

    static String describeParty(AdverseParty.Role role, String caseNumber) {
        return "adverse party (" + role.name().toLowerCase(Locale.ROOT) + ") on case " + caseNumber;
    }

    /** A score (higher is better) and what matched. */
    record Match(int score, String matchedOn) {
    }
}
