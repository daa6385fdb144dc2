package org.amparo.screening.relief;

import static org.amparo.screening.relief.ReliefFacts.facts;
import static org.amparo.screening.relief.ReliefFacts.member;
import static org.amparo.screening.relief.ReliefFacts.u;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.amparo.facts.Evidence;
import org.amparo.facts.FamilyMember.MaritalStatus;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * U derivatives and age-out (LEGAL-REFERENCE §2.5). Screening date 2026-03-02. "Teen" principal: born 2007-01-15
 * (under 21 until 2028-01-14). "Almost 21" principal: born 2005-03-20 (21 on 2026-03-20).
 */
class UDerivativesTest {

    private static final LocalDate TEEN = LocalDate.of(2007, 1, 15);
    private static final LocalDate ALMOST_21 = LocalDate.of(2005, 3, 20);
    private static final LocalDate LATER = LocalDate.of(2026, 6, 1);

    record Row(String rule, String story, ReliefFacts facts, String member, ReliefOutcome outcome, LocalDate fileBy,
               String seen) {
        @Override
        public String toString() {
            return rule + ": " + story;
        }
    }

    static ReliefFacts adult(ReliefFacts.Member m) {
        return facts().u(u()).member(m);
    }

    static ReliefFacts principal(LocalDate dob, ReliefFacts.U u, ReliefFacts.Member m) {
        return facts().dob(dob).u(u).member(m);
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("u.fam.21plus", "adult principal: spouse qualifies", adult(member("sp-1",
                        Relationship.spouse, LocalDate.of(1988, 2, 2))), "sp-1", ReliefOutcome.ELIGIBLE, null,
                        "whatever the principal's age"),
                new Row("u.fam.21plus", "adult principal: parent does not", adult(member("pa-1",
                        Relationship.parent, LocalDate.of(1965, 2, 2))), "pa-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "[u.fam.21plus]"),
                new Row("u.fam.under21", "teen principal: parent qualifies until her 21st birthday", principal(TEEN,
                        u(), member("pa-1", Relationship.parent, LocalDate.of(1980, 2, 2))), "pa-1",
                        ReliefOutcome.ELIGIBLE, LocalDate.of(2028, 1, 14), "[u.fam.under21]"),
                new Row("u.fam.under21", "principal's age unknown", adult(member("pa-1", Relationship.parent,
                        LocalDate.of(1965, 2, 2))).dob(null), "pa-1", ReliefOutcome.NEEDS_MORE_INFO, null,
                        "$.person.dob"),
                new Row("u.fam.under21", "planned the day before the principal turns 21", principal(ALMOST_21,
                        u().planned(LocalDate.of(2026, 3, 19)), member("pa-1", Relationship.parent,
                        LocalDate.of(1980, 1, 1))), "pa-1", ReliefOutcome.ELIGIBLE, LocalDate.of(2026, 3, 19),
                        "in time"),
                new Row("u.fam.under21", "planned on the principal's 21st birthday", principal(ALMOST_21,
                        u().planned(LocalDate.of(2026, 3, 20)), member("pa-1", Relationship.parent,
                        LocalDate.of(1980, 1, 1))), "pa-1", ReliefOutcome.LIKELY_ELIGIBLE, LocalDate.of(2026, 3, 19),
                        "too late"),
                new Row("u.age.principal", "filed the day before 21, now 21", principal(ALMOST_21,
                        u().filed(LocalDate.of(2026, 3, 19)), member("pa-1", Relationship.parent,
                        LocalDate.of(1980, 1, 1))).asOf(LATER), "pa-1", ReliefOutcome.ELIGIBLE, null,
                        "[u.age.principal]"),
                new Row("u.fam.21plus", "filed on the principal's 21st birthday", principal(ALMOST_21,
                        u().filed(LocalDate.of(2026, 3, 20)), member("pa-1", Relationship.parent,
                        LocalDate.of(1980, 1, 1))).asOf(LATER), "pa-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "[u.fam.21plus]"),
                new Row("u.age.child", "child turns 21 tomorrow: file today", adult(member("ch-1",
                        Relationship.child, LocalDate.of(2005, 3, 3))), "ch-1", ReliefOutcome.ELIGIBLE,
                        LocalDate.of(2026, 3, 2), "[u.fam.under21]"),
                new Row("u.age.child", "child turned 21 today, not filed", adult(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 2))), "ch-1", ReliefOutcome.NOT_ELIGIBLE, null, "window closed"),
                new Row("u.age.child", "filed the day before the child's 21st birthday; now 21", facts().u(u()
                        .filed(LocalDate.of(2026, 3, 2))).asOf(LATER).member(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 3))), "ch-1", ReliefOutcome.ELIGIBLE, null, "[u.age.child]"),
                new Row("u.age.child", "filed on the child's 21st birthday", facts().u(u()
                        .filed(LocalDate.of(2026, 3, 3))).asOf(LATER).member(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 3))), "ch-1", ReliefOutcome.NOT_ELIGIBLE, null, "21 or older"),
                new Row("u.age.sibling_18", "sibling turns 18 tomorrow", principal(TEEN, u(), member("si-1",
                        Relationship.sibling, LocalDate.of(2008, 3, 3))), "si-1", ReliefOutcome.ELIGIBLE,
                        LocalDate.of(2026, 3, 2), "UNVERIFIED"),
                new Row("u.age.sibling_18", "sibling turned 18 today", principal(TEEN, u(), member("si-1",
                        Relationship.sibling, LocalDate.of(2008, 3, 2))), "si-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "turned 18"),
                new Row("u.age.sibling_18", "principal's 21st birthday comes first", principal(ALMOST_21, u(),
                        member("si-1", Relationship.sibling, LocalDate.of(2012, 1, 1))), "si-1",
                        ReliefOutcome.ELIGIBLE, LocalDate.of(2026, 3, 19), "earlier of"),
                new Row("u.age.sibling_18", "married sibling", principal(TEEN, u(), member("si-1",
                        Relationship.sibling, LocalDate.of(2010, 1, 1)).marital(MaritalStatus.married)), "si-1",
                        ReliefOutcome.NOT_ELIGIBLE, null, "unmarried"),
                new Row("u.age.sibling_18", "filed while 17, now 18: lock date unverified", principal(TEEN,
                        u().filed(LocalDate.of(2026, 3, 1)), member("si-1", Relationship.sibling,
                        LocalDate.of(2008, 3, 3))).asOf(LATER), "si-1", ReliefOutcome.NEEDS_MORE_INFO, null,
                        "UNVERIFIED"),
                new Row("u.fam.21plus", "adult principal: sibling does not", adult(member("si-1",
                        Relationship.sibling, LocalDate.of(2012, 1, 1))), "si-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "[u.fam.21plus]"),
                new Row("u.fam.perpetrator_excluded", "spouse committed the crime", adult(member("sp-1",
                        Relationship.spouse, LocalDate.of(1985, 1, 1)).perpetrator(true)), "sp-1",
                        ReliefOutcome.NOT_ELIGIBLE, null, "[u.fam.perpetrator_excluded]"),
                new Row("u.fam.perpetrator_excluded", "child recorded as the abuser", adult(member("ch-1",
                        Relationship.child, LocalDate.of(2009, 1, 1)).abuser(true)), "ch-1",
                        ReliefOutcome.NOT_ELIGIBLE, null, "cannot be a derivative"),
                new Row("u.fam.perpetrator_excluded", "whether spouse is the perpetrator unknown", adult(member(
                        "sp-1", Relationship.spouse, LocalDate.of(1985, 1, 1)).perpetrator(null).abuser(null)),
                        "sp-1", ReliefOutcome.LIKELY_ELIGIBLE, null, "$.family_members[0].perpetrator_of_crime"),
                new Row("u.fam.perpetrator_excluded", "perpetrator named elsewhere: unknown spouse taken as not",
                        adult(member("sp-1", Relationship.spouse, LocalDate.of(1985, 1, 1)).perpetrator(null)
                        .abuser(null)).member(member("pa-9", Relationship.parent, LocalDate.of(1960, 1, 1))
                        .perpetrator(true)), "sp-1", ReliefOutcome.ELIGIBLE, null, "whatever the principal's age"),
                new Row("u.fam.supp_a", "each qualifying member needs a Supplement A", adult(member("ch-1",
                        Relationship.child, LocalDate.of(2015, 9, 30))), "ch-1", ReliefOutcome.ELIGIBLE,
                        LocalDate.of(2036, 9, 29), "Supplement A"),
                new Row("u.fam.supp_a", "a derivative is never more eligible than the principal", facts().u(u()
                        .abuse(Evidence.none)).member(member("ch-1", Relationship.child, LocalDate.of(2015, 9, 30))),
                        "ch-1", ReliefOutcome.NOT_ELIGIBLE, LocalDate.of(2036, 9, 29), "principal does not qualify"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void derivative(Row row) {
        ReliefResult result = new UVisaScreener().screen(row.facts().build(), row.facts().asOf());

        ReliefResult.DerivativeResult d = UtScreenAsserts.derivative(result, row.member());
        assertThat(d.outcome()).as("outcome").isEqualTo(row.outcome());
        assertThat(d.fileBy()).as("file by").isEqualTo(row.fileBy());
        assertThat(d.reason() + " | " + result.flags() + " | " + result.missingFacts()).contains(row.seen());
    }
}
