package org.amparo.deadlines.ui;

import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.CourthouseRisk.Direction;
import org.amparo.screening.CourthouseRisk.Level;

/** The words the calendar and the home panel show for agenda items, levels and lenses. */
public final class AgendaText {

    private final Messages messages;

    public AgendaText(Messages messages) {
        this.messages = messages;
    }

    public String kind(AgendaItem.Kind kind) {
        return switch (kind) {
            case COURT_EVENT -> messages.get("calendar.kind.court");
            case ICE_CHECKIN -> messages.get("calendar.kind.checkin");
            case DEADLINE -> messages.get("calendar.kind.deadline");
            case MANUAL_DEADLINE -> messages.get("calendar.kind.manual");
        };
    }

    public String level(Level level) {
        if (level == null) {
            return messages.get("calendar.level.none");
        }
        return switch (level) {
            case LOW -> messages.get("calendar.level.low");
            case MODERATE -> messages.get("calendar.level.moderate");
            case HIGH -> messages.get("calendar.level.high");
            case SEVERE -> messages.get("calendar.level.severe");
        };
    }

    public String lens(PolicyLens lens) {
        return switch (lens) {
            case IN_FORCE -> messages.get("calendar.lens.inForce");
            case MEMO_2021 -> messages.get("calendar.lens.memo2021");
            case GUIDANCE_2025 -> messages.get("calendar.lens.guidance2025");
        };
    }

    public String direction(Direction direction) {
        return direction == Direction.raises ? messages.get("calendar.factor.raises")
                : messages.get("calendar.factor.lowers");
    }

    /** One line: kind, client, and what (the court type, the place or the deadline's label). */
    public String title(AgendaItem item) {
        String what = item.isEvent() ? (item.place() != null ? item.place() : "") : item.detail();
        String who = item.clientName() == null || item.clientName().isBlank()
                ? (item.caseNumber() == null ? "" : item.caseNumber()) : item.clientName();
        return messages.get("calendar.title", kind(item.kind()), who, what == null ? "" : what);
    }

    /** The title with the level in front for events ("SEVERE · Court date · …"). */
    public String titleWithLevel(AgendaItem item) {
        return item.isEvent() && item.level() != null ? level(item.level()) + " · " + title(item) : title(item);
    }
}
