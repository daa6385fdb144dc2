package org.amparo.retention.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.amparo.platform.i18n.Messages;
import org.amparo.retention.PurgeCandidate;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.PurgeReport;
import org.amparo.retention.RetentionSetting;
import org.amparo.retention.RetentionVerdict;

/** The retention screens' words: kinds, verdicts, the list of cases and the backup caveat. */
final class RetentionTexts {

    private final Messages messages;

    RetentionTexts(Messages messages) {
        this.messages = messages;
    }

    String kind(PurgeKind kind) {
        return kind == PurgeKind.WHOLE_CASE ? messages.get("retention.kind.wholeCase")
                : messages.get("retention.kind.narratives");
    }

    String rule(RetentionSetting s) {
        if (s.updatedAt() == null) {
            return messages.get("retention.rule.none", s.program());
        }
        return messages.get(s.scheduled() ? "retention.rule.scheduled" : "retention.rule.byHand", s.program(),
                s.keepMonths(), kind(s.kind()));
    }

    String verdict(RetentionVerdict v) {
        return switch (v) {
            case NO_RULE -> messages.get("retention.verdict.noRule");
            case NOT_CLOSED -> messages.get("retention.verdict.notClosed");
            case NO_CLOSING_DATE -> messages.get("retention.verdict.noClosingDate");
            case NOT_YET -> messages.get("retention.verdict.notYet");
            case ALREADY_PURGED -> messages.get("retention.verdict.alreadyPurged");
            case HELD_UPCOMING_DATE -> messages.get("retention.verdict.held");
            case DUE -> messages.get("retention.verdict.due");
        };
    }

    String candidate(PurgeCandidate c) {
        String due = c.dueOn() == null ? "" : messages.get("retention.candidate.dueOn", c.dueOn().toString());
        String held = c.nextDate() == null ? "" : messages.get("retention.candidate.nextDate", c.nextDate().toString());
        return messages.get("retention.candidate", c.caseNumber(), c.program(),
                c.closedOn() == null ? "?" : c.closedOn().toString(), verdict(c.verdict()), due + held);
    }

    String numbers(List<PurgeCandidate> cases) {
        return String.join(", ", cases.stream().map(PurgeCandidate::caseNumber).toList());
    }

    /** What a finished purge did and the backup caveat, in the UI's language. */
    String done(PurgeReport report) {
        return messages.get("retention.purged", report.cases().size()) + " " + caveat(report);
    }

    String caveat(PurgeReport report) {
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(report.backupAt().atZone(ZoneId.systemDefault()));
        String by = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .format(report.rotatedOutFrom());
        return messages.get("retention.caveat", at, by);
    }

    /** The caveat before a purge, when the backup's time is not known yet. */
    String caveatBefore() {
        return messages.get("retention.caveat.before");
    }
}
