package org.amparo.summaries.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.summaries.SummaryLabels;

/**
 * The program's aggregate reports, computed locally from counts only (no personal data): caseload by relief and
 * outcome, by framework outcome and its change after the latest re-screen, deadlines met and missed, and clients
 * served per federal fiscal-year quarter (VOCA) and per OVW half-year, new and continuing. Pure.
 */
public final class AggregateReports {

    private final Messages text;
    private final SummaryLabels labels;

    public AggregateReports(Messages text) {
        this.text = text;
        this.labels = new SummaryLabels(text);
    }

    public List<ReportTable> build(Collection<ReportCase> cases, LocalDate today) {
        List<ReportCase> active = cases.stream().filter(c -> c.status() != CaseStatus.CLOSED).toList();
        return List.of(reliefTable(active), frameworkTable(active), deadlineTable(active),
                servedTable("served.voca", text.get("report.served.voca"), cases,
                        ReportPeriod.lastFederalQuarters(today, 4)),
                servedTable("served.ovw", text.get("report.served.ovw"), cases, ReportPeriod.lastOvwHalves(today, 2)));
    }

    private ReportTable reliefTable(List<ReportCase> active) {
        List<ReliefOutcome> outcomes = List.of(ReliefOutcome.ELIGIBLE, ReliefOutcome.LIKELY_ELIGIBLE,
                ReliefOutcome.NEEDS_MORE_INFO, ReliefOutcome.NOT_ELIGIBLE);
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Relief relief : Relief.values()) {
            List<Count> counts = new ArrayList<>();
            counts.add(new Count(active.stream().filter(c -> c.reliefPursued().contains(relief)).count()));
            for (ReliefOutcome outcome : outcomes) {
                counts.add(new Count(active.stream().filter(c -> c.reliefOutcomes().get(relief) == outcome).count()));
            }
            rows.add(new ReportTable.Row(labels.relief(relief), counts));
        }
        List<String> header = new ArrayList<>(List.of(text.get("report.col.relief"), text.get("report.col.pursued")));
        outcomes.forEach(o -> header.add(labels.reliefOutcome(o)));
        return new ReportTable("relief", text.get("report.relief.title"), header, rows);
    }

    private ReportTable frameworkTable(List<ReportCase> active) {
        Map<FrameworkOutcome, long[]> counts = new EnumMap<>(FrameworkOutcome.class);
        for (FrameworkOutcome outcome : FrameworkOutcome.values()) {
            counts.put(outcome, new long[4]);
        }
        for (ReportCase c : active) {
            FrameworkOutcome now = c.inForceOutcome();
            FrameworkOutcome before = c.previousInForceOutcome();
            if (before != null) {
                counts.get(before)[0]++;
            }
            if (now != null) {
                counts.get(now)[1]++;
            }
            if (before != null && now != null && before != now) {
                counts.get(now)[2]++;
                counts.get(before)[3]++;
            }
        }
        List<ReportTable.Row> rows = counts.entrySet().stream().map(e -> new ReportTable.Row(labels.frameworkOutcome(e.getKey()),
                java.util.Arrays.stream(e.getValue()).mapToObj(Count::new).toList())).toList();
        return new ReportTable("framework", text.get("report.framework.title"), List.of(
                text.get("report.col.outcome"), text.get("report.col.before"), text.get("report.col.now"),
                text.get("report.col.movedIn"), text.get("report.col.movedOut")), rows);
    }

    private ReportTable deadlineTable(List<ReportCase> active) {
        Map<Deadline.Status, Long> byStatus = new EnumMap<>(Deadline.Status.class);
        active.forEach(c -> c.deadlineStatuses().forEach(s -> byStatus.merge(s, 1L, Long::sum)));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Deadline.Status status : Deadline.Status.values()) {
            rows.add(new ReportTable.Row(labels.deadlineStatus(status), List.of(new Count(byStatus.getOrDefault(status, 0L)))));
        }
        return new ReportTable("deadlines", text.get("report.deadlines.title"),
                List.of(text.get("report.col.status"), text.get("report.col.deadlines")), rows);
    }

    /**
     * Distinct clients per period: new when her first case opened in the period, continuing when a case opened
     * earlier was still open at the period's start.
     */
    private ReportTable servedTable(String id, String title, Collection<ReportCase> cases, List<ReportPeriod> periods) {
        Map<Long, LocalDate> firstOpened = new HashMap<>();
        cases.stream().filter(c -> c.openedOn() != null).forEach(c ->
                firstOpened.merge(c.clientId(), c.openedOn(), (a, b) -> a.isBefore(b) ? a : b));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportPeriod period : periods) {
            Set<Long> fresh = new HashSet<>();
            Set<Long> continuing = new HashSet<>();
            for (ReportCase c : cases) {
                LocalDate first = firstOpened.get(c.clientId());
                if (first == null || c.openedOn() == null) {
                    continue;
                }
                if (period.contains(first)) {
                    fresh.add(c.clientId());
                } else if (first.isBefore(period.start()) && c.openedOn().isBefore(period.start())
                        && (c.closedOn() == null || !c.closedOn().isBefore(period.start()))) {
                    continuing.add(c.clientId());
                }
            }
            continuing.removeAll(fresh);
            rows.add(new ReportTable.Row(period.label(), List.of(new Count(fresh.size()),
                    new Count(continuing.size()), new Count(fresh.size() + continuing.size()))));
        }
        return new ReportTable(id, title, List.of(text.get("report.col.period"), text.get("report.col.new"),
                text.get("report.col.continuing"), text.get("report.col.total")), rows);
    }

}
