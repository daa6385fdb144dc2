package org.amparo.summaries.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period: a federal fiscal-year quarter (FY starts 1 October; Q1 is October–December, as VOCA counts) or
 * an OVW semi-annual period (January–June, July–December).
 */
public record ReportPeriod(String label, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The federal fiscal-year quarter holding {@code date}, e.g. "FY2026 Q1" for 2025-11-03. */
    public static ReportPeriod federalQuarter(LocalDate date) {
        int fiscalYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        int quarter = ((date.getMonthValue() + 2) % 12) / 3 + 1;
        LocalDate start = LocalDate.of(fiscalYear - 1, 10, 1).plusMonths(3L * (quarter - 1));
        return new ReportPeriod("FY" + fiscalYear + " Q" + quarter, start, start.plusMonths(3).minusDays(1));
    }

    /** The OVW semi-annual period holding {@code date}: ending 30 June or 31 December. */
    public static ReportPeriod ovwHalf(LocalDate date) {
        boolean first = date.getMonthValue() <= 6;
        LocalDate start = LocalDate.of(date.getYear(), first ? 1 : 7, 1);
        return new ReportPeriod(date.getYear() + (first ? " Jan–Jun" : " Jul–Dec"), start,
                start.plusMonths(6).minusDays(1));
    }

    /** The {@code count} federal quarters ending with the one holding {@code today}, oldest first. */
    public static List<ReportPeriod> lastFederalQuarters(LocalDate today, int count) {
        List<ReportPeriod> out = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            out.add(federalQuarter(today.minusMonths(3L * i)));
        }
        return out;
    }

    /** The {@code count} OVW half-years ending with the one holding {@code today}, oldest first. */
    public static List<ReportPeriod> lastOvwHalves(LocalDate today, int count) {
        List<ReportPeriod> out = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            out.add(ovwHalf(today.minusMonths(6L * i)));
        }
        return out;
    }
}
