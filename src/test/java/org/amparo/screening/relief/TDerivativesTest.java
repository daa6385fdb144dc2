package org.amparo.screening.relief;

import static org.amparo.screening.relief.ReliefFacts.facts;
import static org.amparo.screening.relief.ReliefFacts.member;
import static org.amparo.screening.relief.ReliefFacts.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** T derivatives, retaliation branch and age-out (LEGAL-REFERENCE §3.3). Screening date 2026-03-02. */
class TDerivativesTest {

    private static final LocalDate TEEN = LocalDate.of(2007, 1, 15);
    private static final LocalDate LATER = LocalDate.of(2026, 6, 1);

    record Row(String rule, String story, ReliefFacts facts, String member, ReliefOutcome outcome, LocalDate fileBy,
               String seen) {
        @Override
        public String toString() {
            return rule + ": " + story;
        }
    }

    static ReliefFacts adult(ReliefFacts.Member m) {
        return facts().t(t()).member(m);
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("t.family", "spouse of an adult principal", adult(member("sp-1", Relationship.spouse,
                        LocalDate.of(1986, 4, 4))), "sp-1", ReliefOutcome.ELIGIBLE, null, "whatever"),
                new Row("t.family", "adult principal: parent without retaliation danger", adult(member("pa-1",
                        Relationship.parent, LocalDate.of(1960, 6, 1))), "pa-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "No present danger"),
                new Row("t.family", "adult principal: parent in danger of retaliation", adult(member("pa-1",
                        Relationship.parent, LocalDate.of(1960, 6, 1)).retaliation(true)), "pa-1",
                        ReliefOutcome.LIKELY_ELIGIBLE, null, "retaliation"),
                new Row("t.family", "adult principal: retaliation danger unknown", adult(member("pa-1",
                        Relationship.parent, LocalDate.of(1960, 6, 1)).retaliation(null)), "pa-1",
                        ReliefOutcome.NEEDS_MORE_INFO, null, "$.family_members[0].retaliation_danger"),
                new Row("t.family", "teen principal: parent qualifies by age", facts().dob(TEEN).t(t()).member(
                        member("pa-1", Relationship.parent, LocalDate.of(1980, 2, 2))), "pa-1",
                        ReliefOutcome.ELIGIBLE, LocalDate.of(2028, 1, 14), "[t.family]"),
                new Row("t.family", "adult principal: sibling under 18 in danger", adult(member("si-1",
                        Relationship.sibling, LocalDate.of(2010, 7, 7)).retaliation(true)), "si-1",
                        ReliefOutcome.LIKELY_ELIGIBLE, LocalDate.of(2028, 7, 6), "retaliation"),
                new Row("t.family", "sibling in danger turns 18 tomorrow", adult(member("si-1", Relationship.sibling,
                        LocalDate.of(2008, 3, 3)).retaliation(true)), "si-1", ReliefOutcome.LIKELY_ELIGIBLE,
                        LocalDate.of(2026, 3, 2), "UNVERIFIED"),
                new Row("t.family", "sibling in danger turned 18 today", adult(member("si-1", Relationship.sibling,
                        LocalDate.of(2008, 3, 2)).retaliation(true)), "si-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "turned 18"),
                new Row("t.family", "family member recorded as a trafficker", adult(member("sp-1",
                        Relationship.spouse, LocalDate.of(1980, 1, 1)).perpetrator(true)), "sp-1",
                        ReliefOutcome.NEEDS_MORE_INFO, null, ReliefResult.FLAG_ATTORNEY_REVIEW),
                new Row("t.age_out", "child turns 21 tomorrow", adult(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 3))), "ch-1", ReliefOutcome.ELIGIBLE, LocalDate.of(2026, 3, 2),
                        "[t.family]"),
                new Row("t.age_out", "child turned 21 today, not filed", adult(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 2))), "ch-1", ReliefOutcome.NOT_ELIGIBLE, null, "window closed"),
                new Row("t.age_out", "filed before the child turned 21, now 21", facts().t(t().filed(
                        LocalDate.of(2026, 3, 1))).asOf(LATER).member(member("ch-1", Relationship.child,
                        LocalDate.of(2005, 3, 3))), "ch-1", ReliefOutcome.ELIGIBLE, null, "[t.age_out]"),
                new Row("t.age_out", "filed the day before the principal turned 21", facts().dob(LocalDate.of(2005,
                        3, 2)).t(t().filed(LocalDate.of(2026, 3, 1))).asOf(LATER).member(member("pa-1",
                        Relationship.parent, LocalDate.of(1980, 1, 1))), "pa-1", ReliefOutcome.ELIGIBLE, null,
                        "[t.age_out]"),
                new Row("t.age_out", "filed on the principal's 21st birthday", facts().dob(LocalDate.of(2005,
                        3, 2)).t(t().filed(LocalDate.of(2026, 3, 2))).asOf(LATER).member(member("pa-1",
                        Relationship.parent, LocalDate.of(1980, 1, 1))), "pa-1", ReliefOutcome.NOT_ELIGIBLE, null,
                        "No present danger"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void derivative(Row row) {
        ReliefResult result = new TVisaScreener().screen(row.facts().build(), row.facts().asOf());

        ReliefResult.DerivativeResult d = UtScreenAsserts.derivative(result, row.member());
        assertThat(d.outcome()).as("outcome").isEqualTo(row.outcome());
        assertThat(d.fileBy()).as("file by").isEqualTo(row.fileBy());
        assertThat(d.reason() + " | " + result.flags() + " | " + result.missingFacts()).contains(row.seen());
        assertThat(result.flags()).contains(ReliefResult.FLAG_UNVERIFIED);
    }
}
