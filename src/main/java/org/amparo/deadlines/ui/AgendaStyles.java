package org.amparo.deadlines.ui;

import com.calendarfx.model.Calendar;
import java.time.LocalDate;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.AgendaItem.Urgency;

/** How an agenda item is coloured: by risk level for events, by urgency for deadlines, grey once past. */
enum AgendaStyles {
    SEVERE("amp-level-severe", Calendar.Style.STYLE5, "calendar.legend.severe"),
    HIGH("amp-level-high", Calendar.Style.STYLE6, "calendar.legend.high"),
    MODERATE("amp-level-moderate", Calendar.Style.STYLE3, "calendar.legend.moderate"),
    LOW("amp-level-low", Calendar.Style.STYLE1, "calendar.legend.low"),
    DEADLINE_SOON("amp-level-urgent", Calendar.Style.STYLE4, "calendar.legend.deadlineSoon"),
    DEADLINE("amp-level-deadline", Calendar.Style.STYLE2, "calendar.legend.deadline"),
    PAST("amp-level-past", Calendar.Style.STYLE7, "calendar.legend.past");

    static final String STYLESHEET = "/org/amparo/deadlines/ui/agenda.css";

    private final String styleClass;
    private final Calendar.Style calendarStyle;
    private final String legendKey;

    AgendaStyles(String styleClass, Calendar.Style calendarStyle, String legendKey) {
        this.styleClass = styleClass;
        this.calendarStyle = calendarStyle;
        this.legendKey = legendKey;
    }

    static AgendaStyles of(AgendaItem item, LocalDate today) {
        Urgency urgency = item.urgency(today);
        if (urgency == Urgency.PASSED) {
            return PAST;
        }
        if (!item.isEvent() || item.level() == null) {
            return urgency == Urgency.WITHIN_7_DAYS ? DEADLINE_SOON : DEADLINE;
        }
        return switch (item.level()) {
            case SEVERE -> SEVERE;
            case HIGH -> HIGH;
            case MODERATE -> MODERATE;
            case LOW -> LOW;
        };
    }

    String styleClass() {
        return styleClass;
    }

    Calendar.Style calendarStyle() {
        return calendarStyle;
    }

    String legendKey() {
        return legendKey;
    }
}
