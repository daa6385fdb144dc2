package org.amparo.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.amparo.facts.Asylum;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.facts.UFacts;
import org.amparo.facts.VawaFacts;
import org.amparo.facts.VawaFacts.AbuserRelationship;
import org.amparo.facts.VawaFacts.AbuserStatus;
import org.amparo.screening.Deadline;

/**
 * Every dated deadline of LEGAL-REFERENCE §7 that the facts support, sorted by date (then id, then member).
 *
 * <ul>
 *   <li>{@code dl.asylum_1y}: first anniversary of the last arrival; skipped for a designated unaccompanied child
 *       (exempt) or when she does not intend to apply and has not filed.</li>
 *   <li>{@code dl.sijs_21}: the day before the 21st birthday, with a {@code sijs} section.</li>
 *   <li>{@code dl.u_t_derivative_age}: one per qualifying family member ({@code member} = her ref), see
 *       {@link DerivativeAgeDeadlines}.</li>
 *   <li>{@code dl.i918b_6m}: certification signature + 6 months − 1 day (conservative).</li>
 *   <li>{@code dl.vawa_2y}: one per event (divorce, abuser's loss of status, USC abuser's death): + 2 years − 1 day
 *       (conservative). {@code dl.vawa_25}: for a child of an abusive parent, the day before the 25th birthday.</li>
 *   <li>{@code dl.ice_checkin}: one per {@code ice_checkins[]} date (never {@code met}: attendance is not a fact).</li>
 *   <li>{@code dl.u_adjust}, {@code dl.t_adjust}: status start + 3 years, the first day she can apply to adjust.
 *       The v1 facts have no field for the start of U or T status, so the start is read from
 *       {@code extensions.u_status_start_date} / {@code extensions.t_status_start_date} (ISO date) when
 *       {@code immigration.current_status} is U / T; otherwise skipped.</li>
 *   <li>Not produced: {@code dl.rfe} (the v1 facts carry no RFE or NOID issue date) and {@code dl.appeals} (the v1
 *       facts carry no decision date).</li>
 * </ul>
 *
 * Status on {@code as_of}: {@code met} when the thing was filed on or before the date; else {@code passed} when the
 * date is before {@code as_of}; {@code due_within_30_days} when it is 0 to 30 days ahead, both ends inclusive;
 * otherwise {@code upcoming}.
 */
public final class RuleDeadlineCalculator implements DeadlineCalculator {

    private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::date)
            .thenComparing(Deadline::id)
            .thenComparing(Deadline::member, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Creates the calculator; it holds no state. */
    public RuleDeadlineCalculator() {
        // stateless
    }

    @Override
    public List<Deadline> compute(FactsDocument facts, LocalDate asOf) {
        List<Deadline> out = new ArrayList<>();
        asylum(facts, asOf, out);
        sijs(facts, asOf, out);
        out.addAll(DerivativeAgeDeadlines.compute(facts, asOf));
        certification(facts.u(), asOf, out);
        vawa(facts, asOf, out);
        iceCheckins(facts.iceCheckins(), asOf, out);
        adjustment(facts, asOf, out);
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static void add(List<Deadline> out, String id, LocalDate date, LocalDate asOf, LocalDate filed,
                            String label) {
        out.add(new Deadline(id, date, LegalDates.status(date, asOf, filed), label, null));
    }

    private static void asylum(FactsDocument facts, LocalDate asOf, List<Deadline> out) {
        Asylum asylum = facts.asylum();
        Immigration immigration = facts.immigration();
        if (asylum == null || (Boolean.FALSE.equals(asylum.intendsToApply()) && asylum.filedDate() == null)
                || (immigration != null && Boolean.TRUE.equals(immigration.unaccompaniedChildDesignation()))) {
            return;
        }
        LocalDate arrival = asylum.lastArrivalDate() != null ? asylum.lastArrivalDate()
                : immigration == null ? null : immigration.lastEntryDate();
        if (arrival != null) {
            add(out, "dl.asylum_1y", LegalDates.asylumLastDay(arrival), asOf, asylum.filedDate(),
                    "Asylum: file within one year of the last arrival (" + arrival + "); a late filing needs"
                            + " changed or extraordinary circumstances.");
        }
    }

    private static void sijs(FactsDocument facts, LocalDate asOf, List<Deadline> out) {
        if (facts.sijs() != null && facts.person() != null && facts.person().dob() != null) {
            add(out, "dl.sijs_21", LegalDates.dayBeforeBirthday(facts.person().dob(), 21), asOf,
                    facts.sijs().i360FiledDate(), "SIJS: file the I-360 before her 21st birthday, after the state"
                            + " juvenile-court order.");
        }
    }

    private static void certification(UFacts u, LocalDate asOf, List<Deadline> out) {
        if (u == null || u.certification() == null || u.certification().signedDate() == null) {
            return;
        }
        LocalDate signed = u.certification().signedDate();
        LocalDate lastDay = LegalDates.certificationLastDay(signed);
        String planned = u.filedDate() == null && u.plannedFilingDate() != null && u.plannedFilingDate()
                .isAfter(lastDay) ? " The planned filing date " + u.plannedFilingDate() + " is too late: get a"
                + " new certification or file earlier." : "";
        add(out, "dl.i918b_6m", lastDay, asOf, u.filedDate(), "U visa: file the I-918 while the Supplement B"
                + " signed on " + signed + " is under six months old (conservative: the six-month anniversary"
                + " counts as too late)." + planned);
    }

    private static void vawa(FactsDocument facts, LocalDate asOf, List<Deadline> out) {
        VawaFacts v = facts.vawa();
        if (v == null) {
            return;
        }
        if (v.divorceDate() != null) {
            add(out, "dl.vawa_2y", LegalDates.twoYearWindowLastDay(v.divorceDate()), asOf, v.filedDate(),
                    "VAWA self-petition: last day of the two-year window after the divorce on " + v.divorceDate()
                            + " (conservative).");
        }
        if (v.abuserStatusLossDate() != null) {
            add(out, "dl.vawa_2y", LegalDates.twoYearWindowLastDay(v.abuserStatusLossDate()), asOf,
                    v.filedDate(), "VAWA self-petition: last day of the two-year window after the abuser lost"
                            + " status on " + v.abuserStatusLossDate() + " (conservative).");
        }
        boolean abusedByParent = v.abuserRelationship() == AbuserRelationship.parent
                || v.abuserRelationship() == AbuserRelationship.stepparent;
        boolean spouseOrUnknown = !abusedByParent && v.abuserRelationship() != AbuserRelationship.son_daughter;
        if (v.abuserDeathDate() != null && v.abuserStatus() != AbuserStatus.LPR && spouseOrUnknown) {
            add(out, "dl.vawa_2y", LegalDates.twoYearWindowLastDay(v.abuserDeathDate()), asOf, v.filedDate(),
                    "VAWA self-petition: last day of the two-year window after the U.S. citizen spouse died on "
                            + v.abuserDeathDate() + " (conservative).");
        }
        if (abusedByParent && facts.person() != null && facts.person().dob() != null) {
            add(out, "dl.vawa_25", LegalDates.dayBeforeBirthday(facts.person().dob(), 25), asOf,
                    v.filedDate(), "VAWA self-petition as a child abused by a parent: file before her 25th"
                            + " birthday (after 21 only if the abuse was a central reason for the delay).");
        }
    }

    private static void iceCheckins(List<IceCheckin> checkins, LocalDate asOf, List<Deadline> out) {
        if (checkins == null) {
            return;
        }
        for (IceCheckin checkin : checkins) {
            if (checkin.date() != null) {
                String kind = checkin.type() != null ? " (" + checkin.type() + ")" : "";
                String office = checkin.office() != null ? " at " + checkin.office() : "";
                add(out, "dl.ice_checkin", checkin.date(), asOf, null, "ICE check-in" + kind + office
                        + ": missing it can lead to arrest; plan safety and accompaniment.");
            }
        }
    }

    private static void adjustment(FactsDocument facts, LocalDate asOf, List<Deadline> out) {
        CurrentStatus status = facts.immigration() == null ? null : facts.immigration().currentStatus();
        if (status == CurrentStatus.U) {
            statusStart(facts, "u_status_start_date").ifPresent(start -> add(out, "dl.u_adjust",
                    start.plusYears(3), asOf, null, "U status since " + start + ": from this date (3 years) she"
                            + " can apply for a green card; apply while still in U status."));
        } else if (status == CurrentStatus.T) {
            statusStart(facts, "t_status_start_date").ifPresent(start -> add(out, "dl.t_adjust",
                    start.plusYears(3), asOf, null, "T status since " + start + ": from this date (3 years) she"
                            + " can apply for a green card; apply while still in T status."));
        }
    }

    private static Optional<LocalDate> statusStart(FactsDocument facts, String key) {
        if (facts.extensions() == null || !facts.extensions().path(key).isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(facts.extensions().path(key).asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
