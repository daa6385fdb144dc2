package org.amparo.cases;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflict check before a new client or an adverse party is saved: who may be this person, in words
 * ("Rosa Ejemplo: adverse party (abuser) on case 2026-0007"), and the Continue / Go back question.
 */
public final class ConflictWarning {

    static final int LIMIT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ConflictWarning.class);

    private final CaseService cases;
    private final Messages messages;

    @Inject
    public ConflictWarning(CaseService cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /**
     * One line per person found, best matches first; empty when nobody matches. Blocking. While the store has no
     * conflict search yet ({@link UnsupportedOperationException}) the check finds nobody and says so in the log.
     */
    public List<String> check(PersonQuery who) {
        List<ConflictHit> hits;
        try {
            hits = cases.conflicts(who, LIMIT);
        } catch (UnsupportedOperationException e) {
            LOG.warn("Conflict check not available in this build: {}", e.getMessage());
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (ConflictHit hit : hits) {
            lines.add(hit.kind() == ConflictHit.Kind.CLIENT
                    ? messages.get("conflict.client", hit.displayName(), hit.matchedOn())
                    : messages.get("conflict.adverse", hit.displayName(), role(hit.partyRole()), caseNumber(hit),
                            hit.matchedOn()));
        }
        return lines;
    }

    private String caseNumber(ConflictHit hit) {
        try {
            return cases.findCase(hit.caseId()).map(CaseInfo::caseNumber)
                    .orElseGet(() -> messages.get("conflict.unknownCase"));
        } catch (RuntimeException e) {
            return messages.get("conflict.unknownCase");
        }
    }

    /** The label of an adverse party's role. */
    public String role(AdverseParty.Role role) {
        if (role == null) {
            return messages.get("conflict.role.other");
        }
        return messages.get(switch (role) {
            case ABUSER -> "conflict.role.abuser";
            case TRAFFICKER -> "conflict.role.trafficker";
            case EMPLOYER -> "conflict.role.employer";
            case PERPETRATOR -> "conflict.role.perpetrator";
            case OTHER -> "conflict.role.other";
        });
    }

    /** Shows who matched and asks; true when the person chose Continue. */
    public boolean confirm(DialogService dialogs, List<String> lines) {
        return dialogs.confirm(messages.get("conflict.title"),
                messages.get("conflict.message", String.join("\n", lines)),
                messages.get("conflict.continue"), messages.get("conflict.goBack"));
    }
}
