package org.amparo.screening.relief;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.VawaFacts;
import org.amparo.facts.VawaFacts.AbuserRelationship;

/** One VAWA screen's inputs: the facts, their {@code vawa} section and the evaluation date. */
record VawaCase(FactsDocument facts, VawaFacts vawa, LocalDate asOf) {

    private static final Set<AbuserRelationship> SPOUSES = EnumSet.of(AbuserRelationship.spouse,
            AbuserRelationship.former_spouse, AbuserRelationship.intended_spouse);
    private static final Set<AbuserRelationship> PARENTS = EnumSet.of(AbuserRelationship.parent,
            AbuserRelationship.stepparent);

    /** The day filing is judged on: {@code vawa.filed_date}, or the evaluation date when she has not filed. */
    LocalDate filingReference() {
        return ReliefDates.filingReference(vawa.filedDate(), asOf);
    }

    boolean filed() {
        return vawa.filedDate() != null;
    }

    /** "filed on X" or "on the evaluation date X (not yet filed)": how a reason names the filing reference. */
    String filingWords() {
        return filed() ? "filed on " + vawa.filedDate() : "not yet filed as of " + asOf;
    }

    LocalDate dob() {
        return facts.person() == null ? null : facts.person().dob();
    }

    boolean spouseCase() {
        return vawa.abuserRelationship() != null && SPOUSES.contains(vawa.abuserRelationship());
    }

    boolean childCase() {
        return vawa.abuserRelationship() != null && PARENTS.contains(vawa.abuserRelationship());
    }
}
