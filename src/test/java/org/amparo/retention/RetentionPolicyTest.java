package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.amparo.cases.CaseStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionPolicyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final RetentionSetting WHOLE_12 = RetentionSetting.draft("main", 12, PurgeKind.WHOLE_CASE, true);
    private static final RetentionSetting NARR_12 = RetentionSetting.draft("main", 12, PurgeKind.NARRATIVES, true);
    private static final RetentionSetting WHOLE_1 = RetentionSetting.draft("main", 1, PurgeKind.WHOLE_CASE, false);

    static Stream<Arguments> rows() {
        return Stream.of(
                row("R1 no rule for the program", closed(AS_OF.minusYears(5)), null, AS_OF, RetentionVerdict.NO_RULE),
                row("R2 an open case is never due", c(CaseStatus.OPEN, AS_OF.minusYears(5), null, null), WHOLE_12,
                        AS_OF, RetentionVerdict.NOT_CLOSED),
                row("R2 an intake case is never due", c(CaseStatus.INTAKE, null, null, null), WHOLE_12, AS_OF,
                        RetentionVerdict.NOT_CLOSED),
                row("R3 closed without a closing date", closed(null), WHOLE_12, AS_OF,
                        RetentionVerdict.NO_CLOSING_DATE),
                row("R4 closed exactly 12 months ago is due", closed(AS_OF.minusMonths(12)), WHOLE_12, AS_OF,
                        RetentionVerdict.DUE),
                row("R4 one day before the 12 months end", closed(AS_OF.minusMonths(12).plusDays(1)), WHOLE_12, AS_OF,
                        RetentionVerdict.NOT_YET),
                row("R4 closed yesterday", closed(AS_OF.minusDays(1)), WHOLE_12, AS_OF, RetentionVerdict.NOT_YET),
                row("R4 calendar months: closed 31 Jan, one month, due 28 Feb", closed(LocalDate.of(2026, 1, 31)),
                        WHOLE_1, LocalDate.of(2026, 2, 28), RetentionVerdict.DUE),
                row("R4 calendar months: 27 Feb is not yet", closed(LocalDate.of(2026, 1, 31)), WHOLE_1,
                        LocalDate.of(2026, 2, 27), RetentionVerdict.NOT_YET),
                row("R5 narratives already purged, narratives rule", c(CaseStatus.CLOSED, AS_OF.minusYears(2),
                        PurgeKind.NARRATIVES, null), NARR_12, AS_OF, RetentionVerdict.ALREADY_PURGED),
                row("R5 narratives already purged, whole-case rule takes the tombstone", c(CaseStatus.CLOSED,
                        AS_OF.minusYears(2), PurgeKind.NARRATIVES, null), WHOLE_12, AS_OF, RetentionVerdict.DUE),
                row("R6 a court event ahead holds the case", c(CaseStatus.CLOSED, AS_OF.minusYears(2), null,
                        AS_OF.plusDays(30)), WHOLE_12, AS_OF, RetentionVerdict.HELD_UPCOMING_DATE),
                row("R6 a date today still holds it", c(CaseStatus.CLOSED, AS_OF.minusYears(2), null, AS_OF),
                        WHOLE_12, AS_OF, RetentionVerdict.HELD_UPCOMING_DATE),
                row("R7 a date already past does not hold it", c(CaseStatus.CLOSED, AS_OF.minusYears(2), null,
                        AS_OF.minusDays(1)), NARR_12, AS_OF, RetentionVerdict.DUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void verdict(String rule, RetentionCandidate candidate, RetentionSetting setting, LocalDate asOf,
                 RetentionVerdict expected) {
        assertThat(RetentionPolicy.decide(candidate, setting, asOf)).isEqualTo(expected);
    }

    private static Arguments row(String rule, RetentionCandidate c, RetentionSetting s, LocalDate asOf,
                                 RetentionVerdict v) {
        return Arguments.of(rule, c, s, asOf, v);
    }

    private static RetentionCandidate closed(LocalDate closedOn) {
        return c(CaseStatus.CLOSED, closedOn, null, null);
    }

    private static RetentionCandidate c(CaseStatus status, LocalDate closedOn, PurgeKind purged, LocalDate next) {
        return new RetentionCandidate(1, "2024-0001", "main", status, closedOn, purged, next);
    }
}
