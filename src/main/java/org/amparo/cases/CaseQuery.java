package org.amparo.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Filters and order for the caseload. Outcome filters use each case's latest stored screening; an empty optional
 * means "any".
 *
 * @param text type-ahead text over the client's names, aliases, A-number, phone and the case number
 * @param status case status
 * @param framework with {@code frameworkOutcome}: the framework whose latest outcome must equal it
 * @param relief with {@code reliefOutcome}: the relief whose latest outcome must equal it
 * @param deadlineWithinDays cases with an upcoming deadline on or before today + N days
 * @param assignedTo cases whose advocate or attorney is this user
 */
public record CaseQuery(
        String text,
        Optional<CaseStatus> status,
        Optional<String> framework,
        Optional<FrameworkOutcome> frameworkOutcome,
        Optional<Relief> relief,
        Optional<ReliefOutcome> reliefOutcome,
        Optional<Integer> deadlineWithinDays,
        Optional<String> assignedTo,
        Sort sort) {

    /** Everything, by client name. */
    public static CaseQuery all() {
        return new CaseQuery("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Sort.CLIENT_NAME);
    }

    /** Caseload orders. */
    public enum Sort { CLIENT_NAME, CASE_NUMBER, NEXT_DEADLINE, OPENED_NEWEST, STATUS }

    /** Today as the deadline filter's origin is the caller's; kept here so tests can fix it. */
    public LocalDate deadlineLimit(LocalDate today) {
        return deadlineWithinDays.map(today::plusDays).orElse(null);
    }
}
