package org.amparo.interchange.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.screening.SchemaProblem;

/**
 * Checks the schema cannot make, on a document that passed it: nobody in it was born after the document's
 * {@code as_of} (or after today when it has none). Pure.
 */
public final class FactChecks {

    private FactChecks() {
    }

    /** The problems of {@code document}, each with its JSON path; empty when there are none. */
    public static List<SchemaProblem> check(FactsDocument document, LocalDate today) {
        List<SchemaProblem> problems = new ArrayList<>();
        LocalDate asOf = document.asOfOr(today);
        String against = document.asOf() != null ? "as_of (" + asOf + ")" : "today (" + asOf + ")";
        if (document.person() != null && isAfter(document.person().dob(), asOf)) {
            problems.add(new SchemaProblem("$.person.dob", "born after " + against));
        }
        List<FamilyMember> family = document.familyMembers();
        for (int i = 0; family != null && i < family.size(); i++) {
            FamilyMember member = family.get(i);
            if (member != null && isAfter(member.dob(), asOf)) {
                problems.add(new SchemaProblem("$.family_members[" + i + "].dob",
                        "family member born after " + against));
            }
        }
        return problems;
    }

    private static boolean isAfter(LocalDate date, LocalDate asOf) {
        return date != null && date.isAfter(asOf);
    }
}
