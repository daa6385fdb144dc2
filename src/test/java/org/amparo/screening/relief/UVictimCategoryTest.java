package org.amparo.screening.relief;

import static org.amparo.screening.relief.ReliefFacts.facts;
import static org.amparo.screening.relief.ReliefFacts.u;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.facts.UFacts.DirectVictimStatus;
import org.amparo.facts.UFacts.VictimRole;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Direct, indirect and bystander victims (LEGAL-REFERENCE §2.2, 8 CFR 214.14(a)(14)); the crime is 2025-11-08. */
class UVictimCategoryTest {

    private static final DirectVictimStatus DIED = DirectVictimStatus.deceased_murder_manslaughter;
    private static final DirectVictimStatus INCAPACITATED = DirectVictimStatus.incompetent_incapacitated;

    record Row(String story, ReliefFacts facts, ElementOutcome result, ReliefOutcome outcome, String seen) {
        @Override
        public String toString() {
            return "u.victim_category: " + story;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("direct victim", facts().u(u()), ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "direct victim"),
                new Row("indirect, direct victim alive", facts().u(u().indirect(DirectVictimStatus.alive, "spouse",
                        30)), ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "alive"),
                new Row("indirect, status unknown", facts().u(u().indirect(null, "spouse", 30)),
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.u.direct_victim_status"),
                new Row("spouse of a murdered victim", facts().u(u().indirect(DIED, "spouse", 40)),
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "spouse"),
                new Row("child aged 19 of an incapacitated victim", facts().u(u().indirect(INCAPACITATED, "child",
                        45)).dob(LocalDate.of(2006, 1, 1)), ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                        ReliefResult.FLAG_UNVERIFIED),
                new Row("child turned 21 on the crime date", facts().u(u().indirect(DIED, "child", 50))
                        .dob(LocalDate.of(2004, 11, 8)), ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                        "she was 21"),
                new Row("parent of a murdered 17-year-old", facts().u(u().indirect(DIED, "parent", 17)),
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "parent"),
                new Row("parent of a murdered 25-year-old", facts().u(u().indirect(DIED, "parent", 25)),
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "was 25"),
                new Row("parent, direct victim's age unknown", facts().u(u().indirect(DIED, "parent", null)),
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.u.direct_victim_age_at_crime"),
                new Row("sibling aged 17 of a murdered 16-year-old", facts().u(u().indirect(DIED, "sibling", 16))
                        .dob(LocalDate.of(2008, 3, 1)), ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                        "unmarried sibling under 18"),
                new Row("sibling who turned 18 on the crime date", facts().u(u().indirect(DIED, "sibling", 16))
                        .dob(LocalDate.of(2007, 11, 8)), ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                        "she was 18"),
                new Row("married sibling", facts().u(u().indirect(DIED, "sibling", 16)).dob(LocalDate.of(2008, 3, 1))
                        .member(ReliefFacts.member("sp-1", Relationship.spouse, null)), ElementOutcome.NOT_MET,
                        ReliefOutcome.NOT_ELIGIBLE, "not unmarried"),
                new Row("cousin is not an indirect victim", facts().u(u().indirect(DIED, "cousin", 16)),
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "'cousin' is none"),
                new Row("bystander", facts().u(u().role(VictimRole.bystander)), ElementOutcome.NEEDS_REVIEW,
                        ReliefOutcome.NEEDS_MORE_INFO, ReliefResult.FLAG_ATTORNEY_REVIEW),
                new Row("role unknown", facts().u(u().role(null)), ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.u.victim_role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void category(Row row) {
        ReliefResult result = new UVisaScreener().screen(row.facts().build(), row.facts().asOf());

        ReliefResult.ElementResult element = UtScreenAsserts.element(result, "u.victim_category");
        assertThat(element.result()).isEqualTo(row.result());
        assertThat(result.outcome()).isEqualTo(row.outcome());
        assertThat(UtScreenAsserts.visibleText(result, element)).contains(row.seen());
    }
}
