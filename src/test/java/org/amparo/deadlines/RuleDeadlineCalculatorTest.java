package org.amparo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.screening.Deadline;
import org.amparo.screening.Deadline.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleDeadlineCalculatorTest {

    private final RuleDeadlineCalculator calculator = new RuleDeadlineCalculator();

    private static DeadlineFacts on(String asOf) {
        return DeadlineFacts.asOf(asOf);
    }

    private static DeadlineFacts uPrincipal(String asOf, String dob) {
        return on(asOf).set("person.dob", dob).json("u", "{'victim_role':'direct'}");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("dl.asylum_1y", "anniversary 30 days ahead is due soon",
                        on("2025-09-15").set("asylum.last_arrival_date", "2024-10-15"),
                        null, "2025-10-15", Status.due_within_30_days),
                arguments("dl.asylum_1y", "anniversary 31 days ahead is upcoming",
                        on("2025-09-15").set("asylum.last_arrival_date", "2024-10-16"),
                        null, "2025-10-16", Status.upcoming),
                arguments("dl.asylum_1y", "filed on the anniversary is met",
                        on("2025-11-01").set("asylum.last_arrival_date", "2024-10-15")
                                .set("asylum.filed_date", "2025-10-15"), null, "2025-10-15", Status.met),
                arguments("dl.asylum_1y", "filed the day after the anniversary has passed",
                        on("2025-11-01").set("asylum.last_arrival_date", "2024-10-15")
                                .set("asylum.filed_date", "2025-10-16"), null, "2025-10-15", Status.passed),
                arguments("dl.asylum_1y", "falls back to immigration.last_entry_date",
                        on("2025-09-15").json("asylum", "{'intends_to_apply':true}")
                                .set("immigration.last_entry_date", "2025-02-01"), null, "2026-02-01",
                        Status.upcoming),
                arguments("dl.sijs_21", "day before the 21st birthday",
                        on("2025-09-15").set("person.dob", "2004-11-20").json("sijs", "{}"),
                        null, "2025-11-19", Status.upcoming),
                arguments("dl.sijs_21", "I-360 filed on the last day is met",
                        on("2025-12-01").set("person.dob", "2004-11-20").set("sijs.i360_filed_date", "2025-11-19"),
                        null, "2025-11-19", Status.met),
                arguments("dl.sijs_21", "I-360 filed on the 21st birthday has passed",
                        on("2025-12-01").set("person.dob", "2004-11-20").set("sijs.i360_filed_date", "2025-11-20"),
                        null, "2025-11-19", Status.passed),
                arguments("dl.i918b_6m", "signature + 6 months - 1 day, due on as_of itself",
                        on("2025-09-09").set("u.certification.signed_date", "2025-03-10"),
                        null, "2025-09-09", Status.due_within_30_days),
                arguments("dl.i918b_6m", "I-918 filed on the last safe day is met",
                        on("2025-10-01").set("u.certification.signed_date", "2025-03-10")
                                .set("u.filed_date", "2025-09-09"), null, "2025-09-09", Status.met),
                arguments("dl.i918b_6m", "I-918 filed on the six-month anniversary is too late",
                        on("2025-10-01").set("u.certification.signed_date", "2025-03-10")
                                .set("u.filed_date", "2025-09-10"), null, "2025-09-09", Status.passed),
                arguments("dl.i918b_6m", "month-end signature clamps to February",
                        on("2025-09-15").set("u.certification.signed_date", "2025-08-31"),
                        null, "2026-02-27", Status.upcoming),
                arguments("dl.u_t_derivative_age", "child: day before the child's 21st birthday",
                        uPrincipal("2025-09-15", "1988-02-02").add("family_members",
                                "{'ref':'child-1','relationship':'child','dob':'2005-03-01','marital_status':'single'}"),
                        "child-1", "2026-02-28", Status.upcoming),
                arguments("dl.u_t_derivative_age", "child: principal filed in time, age-out protected",
                        uPrincipal("2026-06-01", "1988-02-02").set("u.filed_date", "2026-02-28").add("family_members",
                                "{'ref':'child-1','relationship':'child','dob':'2005-03-01'}"),
                        "child-1", "2026-02-28", Status.met),
                arguments("dl.u_t_derivative_age", "sibling: principal's 21st birthday comes first",
                        uPrincipal("2025-09-15", "2006-01-10").add("family_members",
                                "{'ref':'sis-1','relationship':'sibling','dob':'2010-06-01','marital_status':'single'}"),
                        "sis-1", "2027-01-09", Status.upcoming),
                arguments("dl.u_t_derivative_age", "sibling: sibling's 18th birthday comes first",
                        uPrincipal("2025-09-15", "2006-01-10").add("family_members",
                                "{'ref':'sis-2','relationship':'sibling','dob':'2008-03-01'}"),
                        "sis-2", "2026-02-28", Status.upcoming),
                arguments("dl.u_t_derivative_age", "parent: day before the principal's 21st birthday (T)",
                        on("2025-09-15").set("person.dob", "2006-01-10").json("t", "{'trafficking_type':'labor'}")
                                .add("family_members", "{'ref':'mom-1','relationship':'parent'}"),
                        "mom-1", "2027-01-09", Status.upcoming),
                arguments("dl.vawa_2y", "divorce: last day of the window is today",
                        on("2025-09-15").set("vawa.divorce_date", "2023-09-16"), null, "2025-09-15",
                        Status.due_within_30_days),
                arguments("dl.vawa_2y", "lost status: two years less a day",
                        on("2025-09-15").set("vawa.abuser_status_loss_date", "2024-01-20"), null, "2026-01-19",
                        Status.upcoming),
                arguments("dl.vawa_2y", "death of USC spouse: filed on the last day is met",
                        on("2025-09-15").set("vawa.abuser_status", "USC").set("vawa.abuser_death_date", "2023-05-10")
                                .set("vawa.filed_date", "2025-05-09"), null, "2025-05-09", Status.met),
                arguments("dl.vawa_2y", "death of USC spouse: filed the day after has passed",
                        on("2025-09-15").set("vawa.abuser_status", "USC").set("vawa.abuser_death_date", "2023-05-10")
                                .set("vawa.filed_date", "2025-05-10"), null, "2025-05-09", Status.passed),
                arguments("dl.vawa_25", "filed on the day before the 25th birthday is met",
                        on("2025-09-15").set("person.dob", "2000-06-10").set("vawa.abuser_relationship", "parent")
                                .set("vawa.filed_date", "2025-06-09"), null, "2025-06-09", Status.met),
                arguments("dl.vawa_25", "not filed by the 25th birthday has passed",
                        on("2025-09-15").set("person.dob", "2000-06-10").set("vawa.abuser_relationship", "stepparent"),
                        null, "2025-06-09", Status.passed),
                arguments("dl.ice_checkin", "check-in today is due",
                        on("2025-09-15").add("ice_checkins", "{'ref':'ic-1','date':'2025-09-15','type':'supervision'}"),
                        null, "2025-09-15", Status.due_within_30_days),
                arguments("dl.ice_checkin", "yesterday's check-in has passed",
                        on("2025-09-15").add("ice_checkins", "{'ref':'ic-1','date':'2025-09-14','type':'ATD'}"),
                        null, "2025-09-14", Status.passed),
                arguments("dl.u_adjust", "three years after the U status start",
                        on("2025-09-15").set("immigration.current_status", "U")
                                .set("extensions.u_status_start_date", "2022-10-01"), null, "2025-10-01",
                        Status.due_within_30_days),
                arguments("dl.t_adjust", "three years after the T status start",
                        on("2025-09-15").set("immigration.current_status", "T")
                                .set("extensions.t_status_start_date", "2023-01-05"), null, "2026-01-05",
                        Status.upcoming));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void computesTheDeadlineOfEachRule(String ruleId, String description, DeadlineFacts facts, String member,
                                       String expectedDate, Status expectedStatus) {
        List<Deadline> found = calculator.compute(facts.build(), facts.asOfDate()).stream()
                .filter(d -> d.id().equals(ruleId)).filter(d -> java.util.Objects.equals(d.member(), member))
                .toList();

        assertThat(found).as(description).hasSize(1);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.parse(expectedDate));
        assertThat(found.get(0).status()).isEqualTo(expectedStatus);
        assertThat(found.get(0).label()).isNotBlank();
    }

    @ParameterizedTest(name = "dl.ice_checkin: {0} days ahead is {1}")
    @MethodSource("dueSoonBoundary")
    void dueWithin30DaysCoversZeroToThirtyDaysInclusive(int daysAhead, Status expected) {
        LocalDate asOf = LocalDate.parse("2025-09-15");
        DeadlineFacts facts = on(asOf.toString())
                .add("ice_checkins", "{'ref':'ic-1','date':'" + asOf.plusDays(daysAhead) + "'}");

        assertThat(calculator.compute(facts.build(), asOf)).singleElement()
                .extracting(Deadline::status).isEqualTo(expected);
    }

    static Stream<Arguments> dueSoonBoundary() {
        return Stream.of(arguments(-1, Status.passed), arguments(0, Status.due_within_30_days),
                arguments(30, Status.due_within_30_days), arguments(31, Status.upcoming));
    }

    @Test
    void deadlinesAreSortedByDateAndClientDeadlinesHaveNoMember() {
        DeadlineFacts facts = uPrincipal("2025-09-15", "2006-01-10")
                .set("u.certification.signed_date", "2025-08-01")
                .set("asylum.last_arrival_date", "2024-12-01")
                .add("ice_checkins", "{'ref':'ic-1','date':'2025-10-01'}")
                .add("family_members", "{'ref':'child-1','relationship':'child','dob':'2024-01-01'}");

        List<Deadline> deadlines = calculator.compute(facts.build(), facts.asOfDate());

        assertThat(deadlines).extracting(Deadline::id).containsExactly("dl.ice_checkin", "dl.asylum_1y",
                "dl.i918b_6m", "dl.u_t_derivative_age");
        assertThat(deadlines).extracting(Deadline::member).containsExactly(null, null, null, "child-1");
    }

    @Test
    void noDerivativeDateForAPerpetratorAMarriedChildOrAParentInDangerOfRetaliationUnderT() {
        DeadlineFacts facts = on("2025-09-15").set("person.dob", "1990-01-01")
                .json("t", "{'trafficking_type':'sex'}")
                .add("family_members", "{'ref':'ex-1','relationship':'child','dob':'2010-01-01',"
                        + "'perpetrator_of_crime':true}")
                .add("family_members", "{'ref':'child-2','relationship':'child','dob':'2008-01-01',"
                        + "'marital_status':'married'}")
                .add("family_members", "{'ref':'mom-1','relationship':'parent','retaliation_danger':true}");

        assertThat(calculator.compute(facts.build(), facts.asOfDate())).isEmpty();
    }

    @Test
    void noAsylumDeadlineForAnUnaccompaniedChildOrWhenSheDoesNotIntendToApply() {
        DeadlineFacts child = on("2025-09-15").set("asylum.last_arrival_date", "2025-01-01")
                .set("immigration.unaccompanied_child_designation", true);
        DeadlineFacts notApplying = on("2025-09-15").set("asylum.last_arrival_date", "2025-01-01")
                .set("asylum.intends_to_apply", false);

        assertThat(calculator.compute(child.build(), child.asOfDate())).isEmpty();
        assertThat(calculator.compute(notApplying.build(), notApplying.asOfDate())).isEmpty();
    }

    @Test
    void noDeathWindowForALawfulPermanentResidentAbuserAndNoAdjustmentWithoutAStatusStart() {
        DeadlineFacts facts = on("2025-09-15").set("vawa.abuser_status", "LPR")
                .set("vawa.abuser_death_date", "2024-05-01").set("immigration.current_status", "U");

        assertThat(calculator.compute(facts.build(), facts.asOfDate())).isEmpty();
    }

    @Test
    void onlyReferenceIdsAreProducedAndNeverRfeOrAppeals() {
        DeadlineFacts facts = uPrincipal("2025-09-15", "2005-01-10")
                .set("u.certification.signed_date", "2025-08-01").set("asylum.last_arrival_date", "2024-12-01")
                .json("sijs", "{}").set("vawa.abuser_relationship", "parent").set("vawa.divorce_date", "2024-01-01")
                .set("immigration.current_status", "U").set("extensions.u_status_start_date", "2024-01-01")
                .add("ice_checkins", "{'ref':'ic-1','date':'2025-10-01'}")
                .add("family_members", "{'ref':'dad-1','relationship':'parent'}");

        assertThat(calculator.compute(facts.build(), facts.asOfDate())).extracting(Deadline::id)
                .containsExactlyInAnyOrder("dl.asylum_1y", "dl.sijs_21", "dl.u_t_derivative_age", "dl.i918b_6m",
                        "dl.vawa_2y", "dl.vawa_25", "dl.ice_checkin", "dl.u_adjust");
    }
}
