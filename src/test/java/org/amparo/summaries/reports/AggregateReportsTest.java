package org.amparo.summaries.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;

class AggregateReportsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private final AggregateReports reports = new AggregateReports(new Messages(Locale.ENGLISH));

    private static ReportCase open(long client, LocalDate opened, Relief relief, ReliefOutcome outcome,
            FrameworkOutcome before, FrameworkOutcome now) {
        return new ReportCase(client, opened, null, CaseStatus.OPEN, Set.of(relief), Map.of(relief, outcome), now,
                before, List.of(Deadline.Status.met, Deadline.Status.passed));
    }

    private static ReportTable table(List<ReportTable> all, String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static String cell(ReportTable table, String row, int column) {
        return table.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow()
                .counts().get(column).shown();
    }

    @Test
    void reliefCountsOfOneToFourAreSuppressedAndLargerOnesShown() {
        List<ReportCase> cases = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            cases.add(open(i, TODAY.minusDays(i), Relief.u_visa, ReliefOutcome.LIKELY_ELIGIBLE, null, null));
        }
        cases.add(open(100, TODAY, Relief.t_visa, ReliefOutcome.NEEDS_MORE_INFO, null, null));

        ReportTable relief = table(reports.build(cases, TODAY), "relief");

        assertThat(cell(relief, "U visa", 0)).isEqualTo("7");
        assertThat(cell(relief, "U visa", 2)).isEqualTo("7");
        assertThat(cell(relief, "T visa", 0)).isEqualTo("<5");
        assertThat(cell(relief, "Asylum", 0)).isEqualTo("0");
    }

    @Test
    void aReScreenShowsWhoMovedIntoAndOutOfEachOutcome() {
        List<ReportCase> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(open(i, TODAY, Relief.u_visa, ReliefOutcome.ELIGIBLE, FrameworkOutcome.NOT_PRIORITY,
                    FrameworkOutcome.REMOVABLE_UNLISTED));
        }
        ReportTable framework = table(reports.build(cases, TODAY), "framework");

        assertThat(cell(framework, "Not a priority", 0)).isEqualTo("6");
        assertThat(cell(framework, "Not a priority", 3)).isEqualTo("6");
        assertThat(cell(framework, "Removable, no listed category", 1)).isEqualTo("6");
        assertThat(cell(framework, "Removable, no listed category", 2)).isEqualTo("6");
    }

    @Test
    void clientsAreNewInTheQuarterHerFirstCaseOpenedAndContinuingWhileItStaysOpen() {
        List<ReportCase> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(open(i, LocalDate.of(2025, 11, 1), Relief.u_visa, ReliefOutcome.ELIGIBLE, null, null));
            cases.add(open(i, LocalDate.of(2026, 4, 2), Relief.asylum, ReliefOutcome.ELIGIBLE, null, null));
        }
        cases.add(new ReportCase(50, LocalDate.of(2025, 10, 5), LocalDate.of(2025, 12, 1), CaseStatus.CLOSED,
                Set.of(), Map.of(), null, null, List.of()));

        ReportTable voca = table(reports.build(cases, TODAY), "served.voca");

        assertThat(voca.rows()).extracting(ReportTable.Row::label)
                .containsExactly("FY2025 Q4", "FY2026 Q1", "FY2026 Q2", "FY2026 Q3");
        assertThat(cell(voca, "FY2026 Q1", 0)).as("new in Q1: five clients and the closed one").isEqualTo("6");
        assertThat(cell(voca, "FY2026 Q2", 1)).as("continuing, the closed case no longer counts").isEqualTo("5");
        assertThat(cell(voca, "FY2026 Q3", 0)).as("a second case does not make her new again").isEqualTo("0");
    }

    @Test
    void deadlinesMetAndMissedAreCountedOverOpenCases() {
        List<ReportCase> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(open(i, TODAY, Relief.u_visa, ReliefOutcome.ELIGIBLE, null, null));
        }
        ReportTable deadlines = table(reports.build(cases, TODAY), "deadlines");

        assertThat(cell(deadlines, "Met", 0)).isEqualTo("5");
        assertThat(cell(deadlines, "Passed", 0)).isEqualTo("5");
        assertThat(cell(deadlines, "Upcoming", 0)).isEqualTo("0");
    }
}
