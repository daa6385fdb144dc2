package org.amparo.summaries.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2025-10-01, FY2026 Q1, 2025-10-01, 2025-12-31",
        "2025-12-31, FY2026 Q1, 2025-10-01, 2025-12-31",
        "2026-01-01, FY2026 Q2, 2026-01-01, 2026-03-31",
        "2026-04-15, FY2026 Q3, 2026-04-01, 2026-06-30",
        "2026-09-30, FY2026 Q4, 2026-07-01, 2026-09-30",
        "2024-02-29, FY2024 Q2, 2024-01-01, 2024-03-31"})
    void federalFiscalQuartersStartInOctober(LocalDate date, String label, LocalDate start, LocalDate end) {
        assertThat(ReportPeriod.federalQuarter(date)).isEqualTo(new ReportPeriod(label, start, end));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-06-30, 2026 Jan–Jun, 2026-01-01, 2026-06-30",
        "2026-07-01, 2026 Jul–Dec, 2026-07-01, 2026-12-31",
        "2026-12-31, 2026 Jul–Dec, 2026-07-01, 2026-12-31"})
    void ovwPeriodsEndOnThirtyJuneAndThirtyFirstDecember(LocalDate date, String label, LocalDate start,
            LocalDate end) {
        assertThat(ReportPeriod.ovwHalf(date)).isEqualTo(new ReportPeriod(label, start, end));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0,0", "1,<5", "4,<5", "5,5", "120,120"})
    void smallCellsAreShownAsFewerThanFive(long value, String shown) {
        assertThat(new Count(value).shown()).isEqualTo(shown);
    }
}
