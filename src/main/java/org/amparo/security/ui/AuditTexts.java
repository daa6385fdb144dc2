package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.amparo.platform.i18n.Messages;
import org.amparo.security.AuditEntry;
import org.amparo.security.AuditVerification;
import org.amparo.security.TamperKind;

/** The audit log's texts: a check's outcome, a kind of tampering, and one entry as a line. */
public final class AuditTexts {

    private final Messages messages;

    @Inject
    public AuditTexts(Messages messages) {
        this.messages = messages;
    }

    /** A check's outcome in one sentence. */
    public String outcome(Optional<AuditVerification> result) {
        if (result.isEmpty()) {
            return messages.get("audit.status.notChecked");
        }
        AuditVerification r = result.get();
        return switch (r.status()) {
            case INTACT -> messages.get("audit.status.intact", r.checked(), r.verifiedThrough().sequence());
            case UNFINISHED -> messages.get("audit.status.unfinished", r.verifiedThrough().sequence());
            case TAMPERED -> messages.get("audit.status.tampered", r.firstBreak().orElseThrow().seq(),
                    kind(r.firstBreak().orElseThrow().kind()));
        };
    }

    /** The administrators' warning for a broken chain. */
    public String alert(AuditVerification result) {
        AuditVerification.Break broken = result.firstBreak().orElseThrow();
        return messages.get("audit.alert", broken.seq(), kind(broken.kind()));
    }

    public String kind(TamperKind kind) {
        return switch (kind) {
            case CHANGED -> messages.get("audit.kind.changed");
            case DELETED -> messages.get("audit.kind.deleted");
            case REORDERED -> messages.get("audit.kind.reordered");
            case INSERTED -> messages.get("audit.kind.inserted");
            case TAIL_CUT -> messages.get("audit.kind.tailCut");
        };
    }

    /** "#12  5 Jan 2026, 10:00  Ana Ejemplo  EXPORT  CASE 2026-0001". */
    public String line(AuditEntry entry) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(entry.at());
        String entity = entry.entityType() == null ? "" : entry.entityType()
                + (entry.entityId() == null ? "" : " " + entry.entityId());
        return messages.get("audit.entry", entry.seq(), when, entry.actor(), entry.action(), entity);
    }
}
